package cn.ipfin.loan;

import java.time.LocalDate;

import cn.ipfin.core.money.Money;

/**
 * Where a disbursed loan stands on a day (贷款头寸): the principal not yet repaid, the contract interest accrued and
 * unpaid, the penalty interest (罚息) accrued and unpaid, the overdue part of the principal and the days past due
 * (逾期天数) of the oldest unpaid instalment. {@code nextDueDate} and {@code nextDueAmount} describe the first
 * instalment due on or after {@code asOf} with something left to pay, and are null when there is none.
 */
public record LoanPosition(LocalDate asOf, Money outstandingPrincipal, Money accruedInterest, Money accruedPenalty,
        Money overduePrincipal, Money overdueInterest, int daysPastDue, LocalDate nextDueDate, Money nextDueAmount) {

    /** Returns the amount that settles the loan on {@code asOf}: principal, accrued interest and penalty. */
    public Money settlementAmount() {
        return outstandingPrincipal.plus(accruedInterest).plus(accruedPenalty);
    }

    public boolean isOverdue() {
        return daysPastDue > 0;
    }

    public boolean isSettled() {
        return settlementAmount().isZero();
    }
}
