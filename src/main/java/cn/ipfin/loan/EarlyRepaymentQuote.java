package cn.ipfin.loan;

import java.time.LocalDate;
import java.util.List;

import cn.ipfin.core.money.Money;

/**
 * The figures of an early repayment (提前还款) on a value date. {@code dueNow} pays the penalty interest and every
 * instalment due on or before that date, {@code accruedInterest} is the contract interest from the last due date
 * to the value date, and {@code principal} the principal repaid ahead of its schedule. {@code schedule} replaces
 * the instalments from period {@code fromPeriod} on, and is empty when the repayment settles the loan.
 * {@code option} is null for a repayment in full.
 */
public record EarlyRepaymentQuote(LocalDate valueDate, boolean full, EarlyRepaymentOption option,
        RepaymentAllocation dueNow, Money accruedInterest, Money principal, int fromPeriod,
        List<Installment> schedule) {

    public EarlyRepaymentQuote {
        schedule = List.copyOf(schedule);
    }

    public Money total() {
        return dueNow.total().plus(accruedInterest).plus(principal);
    }

    public Money penaltyPaid() {
        return dueNow.penalty();
    }

    public Money interestPaid() {
        return dueNow.interest().plus(accruedInterest);
    }

    public Money principalPaid() {
        return dueNow.principal().plus(principal);
    }

    /** Returns the principal still owed after the repayment. */
    public Money remainingPrincipal() {
        return schedule.stream().map(Installment::principal).reduce(Money.ZERO, Money::plus);
    }

    public Money newPayment() {
        return schedule.isEmpty() ? Money.ZERO : schedule.get(0).payment();
    }
}
