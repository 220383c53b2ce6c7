package cn.ipfin.loan;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.ipfin.core.money.Money;

/**
 * The ranges a loan under one product must keep to (产品额度、期限与利率区间). Amounts are yuan and bounds are
 * inclusive. Rates are annual decimal fractions (0.045 is 4.5 %): the loan prime rate in force on
 * {@code pricedOn} plus the product's minimum and maximum spread.
 */
public record ProductLimits(String productName, Money minAmount, Money maxAmount, int minTermMonths,
        int maxTermMonths, LocalDate pricedOn, BigDecimal loanPrimeRate, BigDecimal minRate, BigDecimal maxRate) {
}
