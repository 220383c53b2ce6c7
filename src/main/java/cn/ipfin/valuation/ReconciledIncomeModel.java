package cn.ipfin.valuation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.ipfin.core.money.Money;

/**
 * The value model the Monte Carlo simulation of an assignment uses: the income approach with the drawn revenue
 * factor, royalty share rate and discount rate, reconciled with the fixed market and cost values by the
 * stated weights. An input without a distribution keeps its value from the base input.
 *
 * <p>Each drawn revenue is rounded HALF_UP to the fen before the income approach runs, so that the calculator
 * receives valid amounts.
 */
public final class ReconciledIncomeModel implements MonteCarloSimulator.ValueModel {

    private final IncomeApproachCalculator incomeCalculator = new IncomeApproachCalculator();
    private final IncomeApproachInput base;
    private final Map<ValuationApproach, Money> fixedValues;
    private final Map<ValuationApproach, BigDecimal> weights;

    /**
     * @param base        the income-approach input the draws vary
     * @param fixedValues the market and cost values, which the simulation keeps fixed
     * @param weights     reconciliation weights; they must sum to 1
     */
    public ReconciledIncomeModel(IncomeApproachInput base, Map<ValuationApproach, Money> fixedValues,
            Map<ValuationApproach, BigDecimal> weights) {
        this.base = base;
        this.fixedValues = new EnumMap<>(ValuationApproach.class);
        this.fixedValues.putAll(fixedValues);
        this.weights = new EnumMap<>(ValuationApproach.class);
        this.weights.putAll(weights);
    }

    @Override
    public BigDecimal valueOf(Map<UncertainInput, BigDecimal> draws) {
        BigDecimal factor = draws.getOrDefault(UncertainInput.REVENUE_FACTOR, BigDecimal.ONE);
        List<Money> revenues = base.annualRevenues().stream().map(r -> r.times(factor, RoundingMode.HALF_UP)).toList();
        RoyaltyRate royalty = draws.containsKey(UncertainInput.ROYALTY_RATE)
                ? RoyaltyRate.ofRevenue(draws.get(UncertainInput.ROYALTY_RATE)) : base.royaltyRate();
        DiscountRate discount = draws.containsKey(UncertainInput.DISCOUNT_RATE)
                ? DiscountRate.of(draws.get(UncertainInput.DISCOUNT_RATE)) : base.discountRate();
        Money income = incomeCalculator.value(new IncomeApproachInput(revenues, royalty, base.taxRate(), discount,
                base.remainingTermYears())).value();

        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<ValuationApproach, BigDecimal> weight : weights.entrySet()) {
            Money approachValue = weight.getKey() == ValuationApproach.INCOME ? income : fixedValues.get(weight.getKey());
            if (weight.getValue().signum() != 0) {
                sum = sum.add(approachValue.amount().multiply(weight.getValue()));
            }
        }
        return sum;
    }
}
