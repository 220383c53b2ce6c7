package cn.ipfin.product;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A product's loan rate range on a date: the LPR in force plus the minimum and maximum spread. All rates are
 * annual decimal fractions (0.035 is 3.5 %), and one basis point is 0.0001.
 */
public record RateRange(LocalDate date, BigDecimal loanPrimeRate, BigDecimal minRate, BigDecimal maxRate) {

    private static final BigDecimal BASIS_POINT = new BigDecimal("0.0001");

    static RateRange of(LocalDate date, BigDecimal loanPrimeRate, int minSpreadBp, int maxSpreadBp) {
        return new RateRange(date, loanPrimeRate, plus(loanPrimeRate, minSpreadBp), plus(loanPrimeRate, maxSpreadBp));
    }

    private static BigDecimal plus(BigDecimal rate, int spreadBp) {
        return rate.add(BASIS_POINT.multiply(BigDecimal.valueOf(spreadBp))).stripTrailingZeros();
    }
}
