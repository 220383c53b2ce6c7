package cn.ipfin.valuation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.money.Money;

/**
 * The value model the Monte Carlo simulation of an assignment uses: the income approach with the drawn revenue
 * factor, royalty share rate and discount rate, reconciled with the fixed market and cost values by the
 * stated weights. An input without a distribution keeps its value from the base input.
 *
 * <p>Each drawn revenue is rounded HALF_UP to the fen before the income approach runs, so that the calculator
 * receives valid amounts.
 *
 * <p>The simulation mostly uses {@link #valueInFen}, which gives the same fen as {@link #valueOf} without
 * {@code BigDecimal}: revenues, the income value and the weighted sum are exact in whole fen, and only the
 * discounting runs in {@code double}. By a rounding-error estimate (about 35 roundings of 2<sup>-53</sup> for
 * 30 years) its relative error stays below 10<sup>-14</sup>, so a path whose income lies within a relative
 * 10<sup>-12</sup> of a half fen is left to the exact method.
 */
public final class ReconciledIncomeModel implements MonteCarloSimulator.FastValueModel {

    private static final long MILLION = 1_000_000L;

    private final IncomeApproachCalculator incomeCalculator = new IncomeApproachCalculator();
    private final IncomeApproachInput base;
    private final Map<ValuationApproach, Money> fixedValues;
    private final Map<ValuationApproach, BigDecimal> weights;
    /** The inputs in whole units for {@link #valueInFen}, or null when they do not fit and every path is exact. */
    private final FastTerms fast;

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
        this.fast = FastTerms.of(base, this.fixedValues, this.weights);
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

    @Override
    public long valueInFen(long[] drawsInMillionths) {
        if (fast == null) {
            return UNDECIDED;
        }
        long income = fast.incomeInFen(drawsInMillionths);
        return income == UNDECIDED ? UNDECIDED : fast.reconciledInFen(income);
    }

    /**
     * The fixed parts of the model in whole units: base revenues in fen, rates as doubles, and the weights as
     * integers at a common decimal scale, with the other approaches' weighted sum already added up.
     */
    private record FastTerms(long[] revenues, double royaltyRate, double retained, double discountRate,
            long incomeWeight, long fixedWeightedSum, long weightUnit) {

        /** Weights with more decimals than this take the exact method. */
        private static final int MAX_WEIGHT_SCALE = 9;

        static FastTerms of(IncomeApproachInput base, Map<ValuationApproach, Money> fixedValues,
                Map<ValuationApproach, BigDecimal> weights) {
            try {
                IncomeApproachValidator.validate(base, IncomeApproachCalculator.MAX_YEARS);
                int scale = 0;
                for (BigDecimal weight : weights.values()) {
                    if (weight == null || weight.signum() < 0) {
                        return null;
                    }
                    scale = Math.max(scale, weight.stripTrailingZeros().scale());
                }
                if (scale > MAX_WEIGHT_SCALE) {
                    return null;
                }
                long incomeWeight = 0;
                long fixedSum = 0;
                for (Map.Entry<ValuationApproach, BigDecimal> weight : weights.entrySet()) {
                    long units = weight.getValue().setScale(scale).unscaledValue().longValueExact();
                    if (weight.getKey() == ValuationApproach.INCOME) {
                        incomeWeight = units;
                    } else if (units != 0) {
                        Money value = fixedValues.get(weight.getKey());
                        if (value == null || value.isNegative()) {
                            return null;
                        }
                        fixedSum = Math.addExact(fixedSum, Math.multiplyExact(fen(value), units));
                    }
                }
                long[] revenues = new long[base.annualRevenues().size()];
                for (int i = 0; i < revenues.length; i++) {
                    revenues[i] = fen(base.annualRevenues().get(i));
                }
                return new FastTerms(revenues, base.royaltyRate().rate().doubleValue(),
                        BigDecimal.ONE.subtract(base.taxRate()).doubleValue(), base.discountRate().rate().doubleValue(),
                        incomeWeight, fixedSum, BigDecimal.TEN.pow(scale).longValueExact());
            } catch (InvalidInputException | ArithmeticException e) {
                // The exact method reports invalid input with its message, and handles amounts beyond a long.
                return null;
            }
        }

        /** Computes the income-approach value in fen as the calculator rounds it, or UNDECIDED. */
        long incomeInFen(long[] draws) {
            long factor = draws[UncertainInput.REVENUE_FACTOR.ordinal()];
            long royalty = draws[UncertainInput.ROYALTY_RATE.ordinal()];
            long discount = draws[UncertainInput.DISCOUNT_RATE.ordinal()];
            double perFen = (royalty == MonteCarloSimulator.NOT_DRAWN ? royaltyRate : (double) royalty / MILLION)
                    * retained;
            double growth = 1.0 + (discount == MonteCarloSimulator.NOT_DRAWN ? discountRate
                    : (double) discount / MILLION);

            double compounded = 1.0;
            double total = 0.0;
            for (long baseRevenue : revenues) {
                long revenue = factor == MonteCarloSimulator.NOT_DRAWN ? baseRevenue : timesFactor(baseRevenue, factor);
                if (revenue < 0) {
                    return UNDECIDED;
                }
                compounded *= growth;
                total += revenue * perFen / compounded;
            }
            return roundHalfUp(total);
        }

        /** Returns Σ weight · value rounded HALF_UP to the fen, or UNDECIDED when it overflows a long. */
        long reconciledInFen(long incomeFen) {
            try {
                long sum = Math.addExact(fixedWeightedSum, Math.multiplyExact(incomeFen, incomeWeight));
                return (sum + weightUnit / 2) / weightUnit;
            } catch (ArithmeticException e) {
                return UNDECIDED;
            }
        }

        /** Returns revenue × factor rounded HALF_UP to the fen, or −1 when the product overflows a long. */
        private static long timesFactor(long revenueFen, long factorMillionths) {
            if (revenueFen > (Long.MAX_VALUE - MILLION) / factorMillionths) {
                return -1;
            }
            return (revenueFen * factorMillionths + MILLION / 2) / MILLION;
        }

        /** Rounds a non-negative amount of fen HALF_UP, or returns UNDECIDED when it lies too close to a half. */
        private static long roundHalfUp(double fen) {
            if (!(fen >= 0 && fen < 1e15)) {
                return UNDECIDED;
            }
            double whole = Math.floor(fen);
            double fraction = fen - whole;
            if (Math.abs(fraction - 0.5) <= Math.max(1e-6, fen * 1e-12)) {
                return UNDECIDED;
            }
            return (long) whole + (fraction > 0.5 ? 1 : 0);
        }

        private static long fen(Money amount) {
            return amount.amount().setScale(Money.SCALE).unscaledValue().longValueExact();
        }
    }
}
