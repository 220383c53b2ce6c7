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
 * Computes an early repayment (提前还款) and the schedule that replaces the instalments not yet due.
 *
 * <p>On the value date the borrower first pays what is due: penalty interest and every instalment due on or before
 * that date. Then the contract interest accrued since the last due date ({@link LoanLedger#accruedInterest}) and
 * the principal repaid ahead: all of the principal not yet due for a repayment in full, part of it otherwise.
 *
 * <p>After a partial repayment the instalments due after the value date are replaced, keeping their period numbers
 * and due dates. The first new period accrues interest by the day from the value date to its due date (rate /
 * 360), the later ones a whole month's interest (rate / 12), each rounded half up to the fen.
 * <ul>
 *   <li>{@link EarlyRepaymentOption#LOWER_INSTALLMENT}: the same number of periods, recomputed with
 *       {@link RepaymentScheduleCalculator} from the remaining principal, so an equal-instalment loan pays a lower
 *       instalment and an equal-principal loan a lower principal part.
 *   <li>{@link EarlyRepaymentOption#SHORTER_TERM}: an equal-instalment loan keeps its instalment and an
 *       equal-principal loan its principal per period, so fewer periods repay the remaining principal and the last
 *       one repays what is left. Interest-only and bullet loans have no instalment to keep and reject it.
 * </ul>
 * A bullet loan keeps its one instalment at maturity, whose interest becomes the remaining principal × rate / 360
 * × the days from the value date to maturity.
 */
public final class EarlyRepaymentCalculator {

    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(360);

    private final RepaymentScheduleCalculator schedules;

    public EarlyRepaymentCalculator(RepaymentScheduleCalculator schedules) {
        this.schedules = Objects.requireNonNull(schedules, "schedules");
    }

    /**
     * Quotes a repayment in full when {@code principal} is null, otherwise a partial one with the given option.
     *
     * @throws IllegalArgumentException when no instalment falls due after the value date, the principal is not
     *     between zero and the principal not yet due (both exclusive), or the option does not fit the method
     */
    public EarlyRepaymentQuote quote(LoanLedger ledger, RepaymentMethod method, BigDecimal annualRate,
            LocalDate valueDate, Money principal, EarlyRepaymentOption option) {
        List<InstallmentBalance> remaining = ledger.installments().stream()
                .filter(installment -> installment.dueDate().isAfter(valueDate)).toList();
        if (remaining.isEmpty()) {
            throw new IllegalArgumentException("No instalment falls due after " + valueDate);
        }
        Money notYetDue = remaining.stream().map(InstallmentBalance::unpaidPrincipal).reduce(Money.ZERO, Money::plus);
        RepaymentAllocation dueNow = dueNow(ledger, valueDate);
        Money accrued = ledger.accruedInterest(valueDate);
        int fromPeriod = remaining.get(0).period();
        if (principal == null || principal.compareTo(notYetDue) == 0) {
            return new EarlyRepaymentQuote(valueDate, true, null, dueNow, accrued, notYetDue, fromPeriod, List.of());
        }
        if (!principal.isPositive() || principal.compareTo(notYetDue) > 0) {
            throw new IllegalArgumentException("Principal " + principal + " is not within (0, " + notYetDue + "]");
        }

        Money balance = notYetDue.minus(principal);
        List<Installment> schedule = switch (option) {
            case LOWER_INSTALLMENT -> lowerInstallment(remaining, method, annualRate, valueDate, balance);
            case SHORTER_TERM -> shorterTerm(remaining, method, annualRate, valueDate, balance);
        };
        return new EarlyRepaymentQuote(valueDate, false, option, dueNow, accrued, principal, fromPeriod, schedule);
    }

    private static RepaymentAllocation dueNow(LoanLedger ledger, LocalDate valueDate) {
        Money amount = ledger.amountDueUpTo(valueDate);
        if (amount.isPositive()) {
            return ledger.allocate(amount, valueDate);
        }
        return new RepaymentAllocation(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
                ledger.installments());
    }

    private List<Installment> lowerInstallment(List<InstallmentBalance> remaining, RepaymentMethod method,
            BigDecimal annualRate, LocalDate valueDate, Money balance) {
        LocalDate lastDue = remaining.get(remaining.size() - 1).dueDate();
        if (method == RepaymentMethod.BULLET) {
            BigDecimal interest = balance.amount().multiply(annualRate)
                    .multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(valueDate, lastDue)))
                    .divide(DAYS_PER_YEAR, MathContext.DECIMAL128);
            ScheduleBuilder builder = new ScheduleBuilder(balance);
            builder.repayBalance(lastDue, Money.ofRounded(interest, RoundingMode.HALF_UP));
            return renumber(builder.build().installments(), remaining);
        }
        LoanTerms terms = new LoanTerms(balance, annualRate, remaining.size(), method, valueDate,
                remaining.get(0).dueDate());
        return renumber(schedules.calculate(terms).installments(), remaining);
    }

    private List<Installment> shorterTerm(List<InstallmentBalance> remaining, RepaymentMethod method,
            BigDecimal annualRate, LocalDate valueDate, Money balance) {
        if (method != RepaymentMethod.EQUAL_INSTALLMENT && method != RepaymentMethod.EQUAL_PRINCIPAL) {
            throw new IllegalArgumentException("A shorter term needs an equal-instalment or equal-principal loan");
        }
        InstallmentBalance reference = remaining.size() >= 3 ? remaining.get(1) : remaining.get(0);
        LoanTerms terms = new LoanTerms(balance, annualRate, remaining.size(), method, valueDate,
                remaining.get(0).dueDate());
        ScheduleBuilder builder = new ScheduleBuilder(balance);
        for (int index = 0; builder.balance().isPositive(); index++) {
            Money interest = schedules.periodInterest(terms, index + 1, builder.balance());
            Money principalPart = method == RepaymentMethod.EQUAL_PRINCIPAL ? reference.principal()
                    : reference.payment().minus(schedules.monthlyInterest(builder.balance(), terms));
            LocalDate dueDate = remaining.get(index).dueDate();
            if (index == remaining.size() - 1 || principalPart.compareTo(builder.balance()) >= 0) {
                builder.repayBalance(dueDate, interest);
            } else {
                builder.repay(dueDate, principalPart, interest);
            }
        }
        return renumber(builder.build().installments(), remaining);
    }

    /** Gives the new instalments the period numbers and due dates of the ones they replace. */
    private static List<Installment> renumber(List<Installment> computed, List<InstallmentBalance> replaced) {
        List<Installment> renumbered = new ArrayList<>();
        for (int index = 0; index < computed.size(); index++) {
            Installment installment = computed.get(index);
            InstallmentBalance slot = replaced.get(index);
            renumbered.add(new Installment(slot.period(), slot.dueDate(), installment.payment(),
                    installment.principal(), installment.interest(), installment.balance()));
        }
        return renumbered;
    }
}
