package cn.ipfin.loan;

import java.time.LocalDate;

import cn.ipfin.core.money.Money;

/**
 * Published when the lender bank records a repayment (还款入账), regular or early, with the principal, contract
 * interest and penalty interest (罚息) it paid on the value date.
 */
public record RepaymentRecorded(Long loanId, LocalDate valueDate, Money principal, Money interest, Money penalty) {
}
