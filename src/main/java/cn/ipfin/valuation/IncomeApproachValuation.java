package cn.ipfin.valuation;

import java.math.BigDecimal;
import java.util.List;

import cn.ipfin.core.money.Money;

/**
 * Result of an income-approach valuation.
 *
 * @param value              the sum of the unrounded present values, rounded HALF_UP to the fen
 * @param years              each forecast year with its present value rounded to the fen
 * @param royaltyRate        the royalty share rate K used
 * @param discountRate       the discount rate i used
 * @param roundingDifference {@code value} minus the sum of the rounded yearly present values, so that the
 *                           years shown plus this amount equal the value. Each rounding moves an amount by at
 *                           most half a fen, so for n years it is at most (n + 1) / 2 fen either way.
 */
public record IncomeApproachValuation(Money value, List<YearlyPresentValue> years, BigDecimal royaltyRate,
        BigDecimal discountRate, Money roundingDifference) {

    public IncomeApproachValuation {
        years = List.copyOf(years);
    }
}
