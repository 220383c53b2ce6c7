package cn.ipfin.loan;

import java.time.LocalDate;

import cn.ipfin.core.money.Money;

/**
 * One instalment of the current schedule with what has been paid on it (分期还款状态). {@code penaltyAccrued} is the
 * penalty interest (罚息) accrued on its overdue principal up to {@code penaltyAccruedTo}, the value date of the
 * last repayment that touched the loan after the due date, or null when none has.
 */
public record InstallmentBalance(int period, LocalDate dueDate, Money principal, Money interest, Money principalPaid,
        Money interestPaid, Money penaltyAccrued, Money penaltyPaid, LocalDate penaltyAccruedTo) {

    /** Creates an instalment on which nothing has been paid yet. */
    public static InstallmentBalance unpaid(Installment installment) {
        return new InstallmentBalance(installment.period(), installment.dueDate(), installment.principal(),
                installment.interest(), Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, null);
    }

    public Money payment() {
        return principal.plus(interest);
    }

    public Money unpaidPrincipal() {
        return principal.minus(principalPaid);
    }

    public Money unpaidInterest() {
        return interest.minus(interestPaid);
    }

    public Money unpaid() {
        return unpaidPrincipal().plus(unpaidInterest());
    }

    public boolean isPaid() {
        return unpaid().isZero();
    }

    /** Returns whether the instalment is past its due date on the given day with something left to pay. */
    public boolean isOverdue(LocalDate asOf) {
        return asOf.isAfter(dueDate) && !isPaid();
    }

    public InstallmentStatus status(LocalDate asOf) {
        if (isPaid()) {
            return InstallmentStatus.PAID;
        }
        if (isOverdue(asOf)) {
            return InstallmentStatus.OVERDUE;
        }
        return principalPaid.plus(interestPaid).isPositive() ? InstallmentStatus.PARTLY_PAID : InstallmentStatus.DUE;
    }

    InstallmentBalance withPaid(Money principalPart, Money interestPart, Money penaltyPart) {
        return new InstallmentBalance(period, dueDate, principal, interest, principalPaid.plus(principalPart),
                interestPaid.plus(interestPart), penaltyAccrued, penaltyPaid.plus(penaltyPart), penaltyAccruedTo);
    }

    InstallmentBalance withPenaltyAccrued(Money accrued, LocalDate to) {
        return new InstallmentBalance(period, dueDate, principal, interest, principalPaid, interestPaid, accrued,
                penaltyPaid, to);
    }
}
