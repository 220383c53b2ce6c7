package cn.ipfin.loan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.ipfin.core.money.Money;

/**
 * The repayment ledger of one disbursed loan (还款台账): its current instalments with what has been paid on them,
 * from which it computes the loan's position on a day and splits a repayment.
 *
 * <p>Penalty interest (罚息) accrues on the unpaid principal of each overdue instalment at the penalty rate / 360
 * a day, from the day after the due date up to and including the value date of the repayment that pays it. The
 * ledger rounds the accrual half up to the fen at each repayment that touches the loan, and the next accrual
 * starts from that repayment's value date, so the figure a position shows for a day is the figure a repayment on
 * that day pays.
 *
 * <p>Contract interest of the current period accrues daily too, for the settlement figure: the principal not yet
 * due × annual rate / 360 × the days from the last due date (or the disbursement or last early repayment, if
 * later) to the day, less any interest already paid on the current instalment, and never below zero.
 *
 * <p>A repayment pays, in this order: penalty interest of every instalment, the interest of overdue instalments
 * oldest first, their principal oldest first, then the interest and the principal of the current instalment,
 * the first one due on or after the value date. A regular repayment may not pay more than that; paying later
 * instalments early is an early repayment.
 */
public final class LoanLedger {

    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(360);

    private final List<InstallmentBalance> installments;
    private final BigDecimal annualRate;
    private final BigDecimal penaltyRate;
    private final LocalDate accrualStart;
    private final MathContext mathContext;

    /**
     * Creates the ledger of a loan.
     *
     * @param installments the current schedule in period order
     * @param annualRate the contract rate as a decimal fraction
     * @param penaltyRate the annual penalty rate as a decimal fraction
     * @param accrualStart the day contract interest starts to accrue when no instalment has fallen due since:
     *     the disbursement date, or the value date of the last early repayment
     */
    public LoanLedger(List<InstallmentBalance> installments, BigDecimal annualRate, BigDecimal penaltyRate,
            LocalDate accrualStart) {
        this.installments = List.copyOf(installments);
        this.annualRate = Objects.requireNonNull(annualRate, "annualRate");
        this.penaltyRate = Objects.requireNonNull(penaltyRate, "penaltyRate");
        this.accrualStart = Objects.requireNonNull(accrualStart, "accrualStart");
        this.mathContext = MathContext.DECIMAL128;
    }

    public List<InstallmentBalance> installments() {
        return installments;
    }

    public LoanPosition position(LocalDate asOf) {
        Money outstanding = Money.ZERO;
        Money overduePrincipal = Money.ZERO;
        Money overdueInterest = Money.ZERO;
        Money dueInterest = Money.ZERO;
        Money penalty = Money.ZERO;
        LocalDate oldestUnpaid = null;
        InstallmentBalance next = null;
        for (InstallmentBalance installment : installments) {
            outstanding = outstanding.plus(installment.unpaidPrincipal());
            penalty = penalty.plus(unpaidPenalty(installment, asOf));
            if (installment.isOverdue(asOf)) {
                overduePrincipal = overduePrincipal.plus(installment.unpaidPrincipal());
                overdueInterest = overdueInterest.plus(installment.unpaidInterest());
                oldestUnpaid = oldestUnpaid == null ? installment.dueDate() : oldestUnpaid;
            }
            if (!installment.dueDate().isAfter(asOf)) {
                dueInterest = dueInterest.plus(installment.unpaidInterest());
            }
            if (next == null && !installment.dueDate().isBefore(asOf) && !installment.isPaid()) {
                next = installment;
            }
        }

        int daysPastDue = oldestUnpaid == null ? 0 : (int) ChronoUnit.DAYS.between(oldestUnpaid, asOf);
        return new LoanPosition(asOf, outstanding, dueInterest.plus(accruedInterest(asOf)), penalty,
                overduePrincipal, overdueInterest, daysPastDue, next == null ? null : next.dueDate(),
                next == null ? null : next.unpaid());
    }

    /**
     * Returns the most a regular repayment may pay on a day: all penalty interest, everything overdue and what is
     * left of the current instalment.
     */
    public Money amountDue(LocalDate valueDate) {
        Money due = Money.ZERO;
        InstallmentBalance current = current(valueDate);
        for (InstallmentBalance installment : installments) {
            due = due.plus(unpaidPenalty(installment, valueDate));
            if (installment.isOverdue(valueDate) || installment == current) {
                due = due.plus(installment.unpaid());
            }
        }
        return due;
    }

    /** Returns the penalty interest, interest and principal of every instalment due on or before the day. */
    public Money amountDueUpTo(LocalDate valueDate) {
        Money due = Money.ZERO;
        for (InstallmentBalance installment : installments) {
            due = due.plus(unpaidPenalty(installment, valueDate));
            if (!installment.dueDate().isAfter(valueDate)) {
                due = due.plus(installment.unpaid());
            }
        }
        return due;
    }

    /**
     * Splits a repayment and returns the instalments after it.
     *
     * @throws IllegalArgumentException when the amount is not positive or above {@link #amountDue(LocalDate)}
     */
    public RepaymentAllocation allocate(Money amount, LocalDate valueDate) {
        if (!amount.isPositive() || amount.compareTo(amountDue(valueDate)) > 0) {
            throw new IllegalArgumentException("Repayment " + amount + " is not within (0, " + amountDue(valueDate)
                    + "] on " + valueDate);
        }

        List<InstallmentBalance> updated = new ArrayList<>();
        for (InstallmentBalance installment : installments) {
            updated.add(accrued(installment, valueDate));
        }
        Allocator allocator = new Allocator(amount, updated);
        Money penalty = allocator.penalties();
        Money overdueInterest = Money.ZERO;
        Money overduePrincipal = Money.ZERO;
        for (int index = 0; index < updated.size(); index++) {
            if (updated.get(index).isOverdue(valueDate)) {
                overdueInterest = overdueInterest.plus(allocator.interest(index));
            }
        }
        for (int index = 0; index < updated.size(); index++) {
            if (updated.get(index).isOverdue(valueDate)) {
                overduePrincipal = overduePrincipal.plus(allocator.principal(index));
            }
        }
        int current = currentIndex(valueDate);
        Money currentInterest = current < 0 ? Money.ZERO : allocator.interest(current);
        Money currentPrincipal = current < 0 ? Money.ZERO : allocator.principal(current);
        return new RepaymentAllocation(penalty, overdueInterest, overduePrincipal, currentInterest, currentPrincipal,
                updated);
    }

    /**
     * Returns the contract interest of the current period accrued up to the day and not yet paid: the principal of
     * the instalments due after the day × annual rate / 360 × the days since the last due date.
     */
    public Money accruedInterest(LocalDate asOf) {
        Money notYetDue = Money.ZERO;
        LocalDate from = accrualStart;
        for (InstallmentBalance installment : installments) {
            if (installment.dueDate().isAfter(asOf)) {
                notYetDue = notYetDue.plus(installment.unpaidPrincipal());
            } else if (installment.dueDate().isAfter(from)) {
                from = installment.dueDate();
            }
        }
        long days = Math.max(0, ChronoUnit.DAYS.between(from, asOf));
        BigDecimal accrued = notYetDue.amount().multiply(annualRate).multiply(BigDecimal.valueOf(days))
                .divide(DAYS_PER_YEAR, mathContext);
        InstallmentBalance current = firstDueAfter(asOf);
        Money interest = Money.ofRounded(accrued, RoundingMode.HALF_UP);
        if (current != null) {
            interest = interest.minus(current.interestPaid());
        }
        return interest.isNegative() ? Money.ZERO : interest;
    }

    /** Returns the penalty interest accrued on an instalment up to the day and not yet paid. */
    public Money unpaidPenalty(InstallmentBalance installment, LocalDate asOf) {
        return accrued(installment, asOf).penaltyAccrued().minus(installment.penaltyPaid());
    }

    /** Returns the first instalment due on or after the day, or null after the last due date. */
    public InstallmentBalance current(LocalDate valueDate) {
        int index = currentIndex(valueDate);
        return index < 0 ? null : installments.get(index);
    }

    /** Returns the first instalment due strictly after the day, or null when there is none. */
    public InstallmentBalance firstDueAfter(LocalDate day) {
        return installments.stream().filter(installment -> installment.dueDate().isAfter(day)).findFirst()
                .orElse(null);
    }

    public boolean isSettled(LocalDate asOf) {
        return position(asOf).isSettled();
    }

    private int currentIndex(LocalDate valueDate) {
        for (int index = 0; index < installments.size(); index++) {
            if (!installments.get(index).dueDate().isBefore(valueDate)) {
                return index;
            }
        }
        return -1;
    }

    /** Brings the penalty accrual of an overdue instalment up to the day. */
    private InstallmentBalance accrued(InstallmentBalance installment, LocalDate asOf) {
        if (!asOf.isAfter(installment.dueDate())) {
            return installment;
        }
        LocalDate from = installment.penaltyAccruedTo() == null ? installment.dueDate()
                : installment.penaltyAccruedTo();
        if (!asOf.isAfter(from)) {
            return installment;
        }
        BigDecimal segment = installment.unpaidPrincipal().amount().multiply(penaltyRate)
                .multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(from, asOf))).divide(DAYS_PER_YEAR, mathContext);
        Money accrued = installment.penaltyAccrued().plus(Money.ofRounded(segment, RoundingMode.HALF_UP));
        return installment.withPenaltyAccrued(accrued, asOf);
    }

    /** Pays parts of instalments from what is left of a repayment, updating the list in place. */
    private static final class Allocator {

        private Money left;
        private final List<InstallmentBalance> installments;

        Allocator(Money amount, List<InstallmentBalance> installments) {
            this.left = amount;
            this.installments = installments;
        }

        Money penalties() {
            Money paid = Money.ZERO;
            for (int index = 0; index < installments.size(); index++) {
                InstallmentBalance installment = installments.get(index);
                Money part = take(installment.penaltyAccrued().minus(installment.penaltyPaid()));
                installments.set(index, installment.withPaid(Money.ZERO, Money.ZERO, part));
                paid = paid.plus(part);
            }
            return paid;
        }

        Money interest(int index) {
            InstallmentBalance installment = installments.get(index);
            Money part = take(installment.unpaidInterest());
            installments.set(index, installment.withPaid(Money.ZERO, part, Money.ZERO));
            return part;
        }

        Money principal(int index) {
            InstallmentBalance installment = installments.get(index);
            Money part = take(installment.unpaidPrincipal());
            installments.set(index, installment.withPaid(part, Money.ZERO, Money.ZERO));
            return part;
        }

        private Money take(Money wanted) {
            Money part = wanted.compareTo(left) < 0 ? wanted : left;
            left = left.minus(part);
            return part;
        }
    }
}
