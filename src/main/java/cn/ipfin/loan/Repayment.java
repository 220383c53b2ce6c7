package cn.ipfin.loan;

import java.time.Instant;
import java.time.LocalDate;

import cn.ipfin.core.money.Money;

/**
 * A repayment the lender bank recorded (还款记录): the amount received on the value date and how it was split into
 * principal, contract interest and penalty interest (罚息). {@code option} is set for a partial early repayment
 * only, and {@code scheduleVersion} is the schedule version in force after the repayment.
 */
public record Repayment(Long id, Long loanId, RepaymentKind kind, LocalDate valueDate, Money amount, Money principal,
        Money interest, Money penalty, EarlyRepaymentOption option, int scheduleVersion, String recordedBy,
        Instant recordedAt) {
}
