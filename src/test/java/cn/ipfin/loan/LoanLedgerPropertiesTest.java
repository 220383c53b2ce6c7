package cn.ipfin.loan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import cn.ipfin.core.money.Money;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of the ledger over random loans (10,000 to 5,000,000 yuan, 1 % to 24 %, 1 to 36 months, any
 * method) and random repayment streams: each repayment is a share of what is due on a value date 0 to 45 days
 * after the previous one, so some instalments fall overdue and accrue penalty interest.
 */
class LoanLedgerPropertiesTest {

    private static final LocalDate DISBURSED = LocalDate.of(2026, 1, 31);

    @Property
    void allocatedPartsSumToPayment(@ForAll("loans") Loan loan, @ForAll("streams") List<Step> steps) {
        LoanLedger ledger = loan.ledger();
        LocalDate day = DISBURSED;
        for (Step step : steps) {
            day = day.plusDays(step.days());
            Money amount = step.share(ledger.amountDue(day));
            if (!amount.isPositive()) {
                continue;
            }
            RepaymentAllocation allocation = ledger.allocate(amount, day);
            assertThat(allocation.total()).as("split of %s on %s", amount, day).isEqualTo(amount);
            ledger = loan.ledger(allocation.installments());
        }
    }

    @Property
    void balancesNeverNegative(@ForAll("loans") Loan loan, @ForAll("streams") List<Step> steps) {
        LoanLedger ledger = replay(loan, steps);
        for (InstallmentBalance installment : ledger.installments()) {
            assertThat(installment.unpaidPrincipal().isNegative()).as("principal of %s", installment).isFalse();
            assertThat(installment.unpaidInterest().isNegative()).as("interest of %s", installment).isFalse();
            assertThat(installment.penaltyAccrued().minus(installment.penaltyPaid()).isNegative())
                    .as("penalty of %s", installment).isFalse();
        }
        LoanPosition position = ledger.position(DISBURSED.plusMonths(40));
        assertThat(position.outstandingPrincipal().isNegative()).isFalse();
        assertThat(position.accruedInterest().isNegative()).isFalse();
        assertThat(position.accruedPenalty().isNegative()).isFalse();
    }

    @Property
    void principalRepaidNeverExceedsLoan(@ForAll("loans") Loan loan, @ForAll("streams") List<Step> steps) {
        LoanLedger ledger = replay(loan, steps);

        Money repaid = ledger.installments().stream().map(InstallmentBalance::principalPaid)
                .reduce(Money.ZERO, Money::plus);
        assertThat(repaid).isLessThanOrEqualTo(loan.terms().principal());
        assertThat(repaid.plus(ledger.position(DISBURSED).outstandingPrincipal())).isEqualTo(loan.terms().principal());
    }

    @Property
    void earlyRepaymentKeepsPrincipalWhole(@ForAll("loans") Loan loan, @ForAll("streams") List<Step> steps,
            @ForAll("shares") BigDecimal share, @ForAll EarlyRepaymentOption option) {
        LoanLedger ledger = replay(loan, steps.subList(0, Math.min(2, steps.size())));
        LocalDate day = DISBURSED.plusDays(steps.stream().limit(2).mapToInt(Step::days).sum());
        Money notYetDue = ledger.installments().stream().filter(installment -> installment.dueDate().isAfter(day))
                .map(InstallmentBalance::unpaidPrincipal).reduce(Money.ZERO, Money::plus);
        Money principal = notYetDue.times(share, RoundingMode.DOWN);
        boolean shorterUnsupported = option == EarlyRepaymentOption.SHORTER_TERM
                && loan.terms().method() != RepaymentMethod.EQUAL_INSTALLMENT
                && loan.terms().method() != RepaymentMethod.EQUAL_PRINCIPAL;
        if (!principal.isPositive() || principal.compareTo(notYetDue) >= 0 || shorterUnsupported) {
            return;
        }
        Money paidBefore = ledger.installments().stream().map(InstallmentBalance::principalPaid)
                .reduce(Money.ZERO, Money::plus);

        EarlyRepaymentQuote quote = new EarlyRepaymentCalculator(new RepaymentScheduleCalculator()).quote(ledger,
                loan.terms().method(), loan.terms().annualRate(), day, principal, option);

        assertThat(paidBefore.plus(quote.principalPaid()).plus(quote.remainingPrincipal()))
                .isEqualTo(loan.terms().principal());
        assertThat(quote.schedule()).allSatisfy(row -> assertThat(row.interest().isNegative()).isFalse());
        assertThat(quote.schedule().get(quote.schedule().size() - 1).balance()).isEqualTo(Money.ZERO);
    }

    private static LoanLedger replay(Loan loan, List<Step> steps) {
        LoanLedger ledger = loan.ledger();
        LocalDate day = DISBURSED;
        for (Step step : steps) {
            day = day.plusDays(step.days());
            Money amount = step.share(ledger.amountDue(day));
            if (amount.isPositive()) {
                ledger = loan.ledger(ledger.allocate(amount, day).installments());
            }
        }
        return ledger;
    }

    record Loan(LoanTerms terms) {

        LoanLedger ledger() {
            return ledger(new RepaymentScheduleCalculator().calculate(terms).installments().stream()
                    .map(InstallmentBalance::unpaid).toList());
        }

        LoanLedger ledger(List<InstallmentBalance> installments) {
            return new LoanLedger(installments, terms.annualRate(), terms.annualRate().multiply(new BigDecimal("1.5")),
                    DISBURSED);
        }
    }

    /** A repayment {@code days} after the previous one of {@code share} (0 to 1) of what is due then. */
    record Step(int days, BigDecimal share) {

        Money share(Money due) {
            return due.times(share, RoundingMode.DOWN);
        }
    }

    @Provide
    Arbitrary<Loan> loans() {
        Arbitrary<Money> principal = Arbitraries.bigDecimals().between(new BigDecimal("10000"),
                new BigDecimal("5000000")).ofScale(2).map(Money::of);
        Arbitrary<BigDecimal> rate = Arbitraries.bigDecimals().between(new BigDecimal("0.01"),
                new BigDecimal("0.24")).ofScale(4);
        Arbitrary<Integer> term = Arbitraries.integers().between(1, 36);
        Arbitrary<RepaymentMethod> method = Arbitraries.of(RepaymentMethod.class);
        return Combinators.combine(principal, rate, term, method)
                .as((amount, annualRate, months, repayment) -> new Loan(new LoanTerms(amount, annualRate, months,
                        repayment, DISBURSED)));
    }

    @Provide
    Arbitrary<List<Step>> streams() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 45), shares()).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(40);
    }

    @Provide
    Arbitrary<BigDecimal> shares() {
        return Arbitraries.oneOf(Arbitraries.just(BigDecimal.ONE),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(3));
    }
}
