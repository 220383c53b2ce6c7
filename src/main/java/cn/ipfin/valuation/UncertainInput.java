package cn.ipfin.valuation;

import java.math.BigDecimal;

/**
 * An input of the income approach that the Monte Carlo simulation varies, with the open range its draws must
 * stay in.
 */
public enum UncertainInput {
    /** Multiplier on every year's forecast revenue; 1 keeps the forecast, 0.8 is 20 % less. */
    REVENUE_FACTOR(BigDecimal.ZERO, BigDecimal.TEN),
    /** Royalty share rate K. */
    ROYALTY_RATE(BigDecimal.ZERO, BigDecimal.ONE),
    /** Discount rate i. */
    DISCOUNT_RATE(BigDecimal.ZERO, BigDecimal.ONE);

    private final BigDecimal lowerBound;
    private final BigDecimal upperBound;

    UncertainInput(BigDecimal lowerBound, BigDecimal upperBound) {
        this.lowerBound = lowerBound;
        this.upperBound = upperBound;
    }

    /** Returns whether {@code draw} lies strictly between the bounds. */
    public boolean accepts(BigDecimal draw) {
        return draw.compareTo(lowerBound) > 0 && draw.compareTo(upperBound) < 0;
    }

    /** Returns the exclusive lower bound of a draw. */
    BigDecimal lowerBound() {
        return lowerBound;
    }

    /** Returns the exclusive upper bound of a draw. */
    BigDecimal upperBound() {
        return upperBound;
    }

    public String messageKey() {
        return "valuation.monteCarlo.input." + name();
    }
}
