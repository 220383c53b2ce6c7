package cn.ipfin.valuation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import cn.ipfin.core.money.Money;

/**
 * Inputs of an income-approach valuation.
 *
 * @param annualRevenues     forecast revenue R of the products using the IP for years 1..n, in yuan
 * @param royaltyRate        royalty share rate K
 * @param taxRate            income tax rate on the royalty income, as a fraction such as {@code 0.25}
 * @param discountRate       annual discount rate i
 * @param remainingTermYears whole years left of the statutory term (round a partial year down), or
 *                           {@code null} when no term bounds the forecast
 */
public record IncomeApproachInput(List<Money> annualRevenues, RoyaltyRate royaltyRate, BigDecimal taxRate,
        DiscountRate discountRate, Integer remainingTermYears) {

    public IncomeApproachInput {
        annualRevenues = annualRevenues == null ? null : Collections.unmodifiableList(new ArrayList<>(annualRevenues));
    }
}
