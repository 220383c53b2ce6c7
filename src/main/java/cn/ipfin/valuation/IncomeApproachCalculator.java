package cn.ipfin.valuation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.money.Money;

/**
 * Values IP by the income approach (收益法): the present value of the after-tax royalty income over the
 * economic life.
 *
 * <p>value = Σ<sub>t=1..n</sub> R<sub>t</sub> · K · (1 − tax) / (1 + i)<sup>t</sup>, where R<sub>t</sub> is
 * the forecast revenue of year t in yuan, K the royalty share rate (分成率) on revenue, tax the income tax
 * rate, i the annual discount rate (折现率) and n the number of forecast years, all rates as fractions.
 *
 * <p>Rounding: each year's present value is computed to 34 significant digits
 * ({@link MathContext#DECIMAL128}) and kept unrounded in the sum. The value is that sum rounded HALF_UP to
 * the fen. Each year's present value is shown rounded HALF_UP to the fen too, so the shown years can differ
 * from the value by up to (n + 1) / 2 fen, and {@link IncomeApproachValuation#roundingDifference()} states
 * the gap. For 10,000,000 yuan a year × 3 % × (1 − 25 %) over 5 years at 16 %, the value is 736,716.07
 * while the rounded years add up to 736,716.08, so the difference is −0.01. Adding the rounded years
 * instead would let the rounding error grow with the number of years.
 *
 * <p>Inputs: 1 to {@value #MAX_YEARS} non-negative revenues, K, i and a profit share or margin in (0, 1),
 * and the tax rate, a risk-free rate and each risk premium in [0, 1). The economic life never exceeds the
 * remaining statutory term, so more forecast years than {@code remainingTermYears} are rejected.
 * Instances are stateless and thread-safe.
 */
public final class IncomeApproachCalculator {

    /** Maximum number of forecast years. */
    public static final int MAX_YEARS = 30;

    /** Precision of each present value and of (1 + i)^t. */
    private static final MathContext PRECISION = MathContext.DECIMAL128;

    /**
     * Computes the income-approach value of one IP.
     *
     * @throws InvalidInputException listing every input field that breaks the rules in the class comment
     */
    public IncomeApproachValuation value(IncomeApproachInput input) {
        Objects.requireNonNull(input, "input must not be null");
        IncomeApproachValidator.validate(input, MAX_YEARS);
        BigDecimal royaltyRate = input.royaltyRate().rate();
        BigDecimal discountRate = input.discountRate().rate();
        BigDecimal retained = BigDecimal.ONE.subtract(input.taxRate());
        BigDecimal growth = BigDecimal.ONE.add(discountRate);

        List<YearlyPresentValue> years = new ArrayList<>();
        BigDecimal compounded = BigDecimal.ONE;
        BigDecimal total = BigDecimal.ZERO;
        for (int year = 1; year <= input.annualRevenues().size(); year++) {
            Money revenue = input.annualRevenues().get(year - 1);
            compounded = compounded.multiply(growth, PRECISION);
            BigDecimal income = revenue.amount().multiply(royaltyRate).multiply(retained);
            BigDecimal presentValue = income.divide(compounded, PRECISION);
            total = total.add(presentValue);
            years.add(new YearlyPresentValue(year, revenue, Money.ofRounded(income, RoundingMode.HALF_UP),
                    Money.ofRounded(presentValue, RoundingMode.HALF_UP)));
        }

        Money value = Money.ofRounded(total, RoundingMode.HALF_UP);
        Money shownTotal = years.stream().map(YearlyPresentValue::presentValue).reduce(Money.ZERO, Money::plus);
        return new IncomeApproachValuation(value, years, royaltyRate, discountRate, value.minus(shownTotal));
    }
}
