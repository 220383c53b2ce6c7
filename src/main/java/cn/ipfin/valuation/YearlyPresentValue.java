package cn.ipfin.valuation;

import cn.ipfin.core.money.Money;

/**
 * One forecast year of an income-approach valuation, with amounts rounded HALF_UP to the fen for display.
 *
 * @param year          1 for the first forecast year
 * @param revenue       the forecast revenue R
 * @param royaltyIncome the after-tax royalty income R · K · (1 − tax)
 * @param presentValue  the royalty income discounted to the valuation date, R · K · (1 − tax) / (1 + i)^year
 */
public record YearlyPresentValue(int year, Money revenue, Money royaltyIncome, Money presentValue) {
}
