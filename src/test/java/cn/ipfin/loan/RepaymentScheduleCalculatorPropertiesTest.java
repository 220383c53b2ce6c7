package cn.ipfin.loan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.time.api.Dates;

import cn.ipfin.core.money.Money;

/**
 * Invariants that hold for every schedule: principal 1,000.00 to 50,000,000.00 yuan, annual rate 0.001 to 0.24,
 * term 1 to 360 months, any method and start date, with or without a broken first period.
 */
class RepaymentScheduleCalculatorPropertiesTest {

    private final RepaymentScheduleCalculator calculator = new RepaymentScheduleCalculator();

    /** The direct division to the fen must round exactly as the 34-digit division followed by fen rounding. */
    @Property
    void interestMatchesTwoStepRounding(@ForAll("balances") BigDecimal balance, @ForAll("rates") BigDecimal rate) {
        LoanTerms terms = new LoanTerms(Money.of("1000.00"), rate, 12, RepaymentMethod.EQUAL_INSTALLMENT,
                LocalDate.of(2026, 1, 15));
        BigDecimal accrued = balance.multiply(rate);
        Money expected = Money.ofRounded(accrued.divide(BigDecimal.valueOf(12), java.math.MathContext.DECIMAL128),
                java.math.RoundingMode.HALF_UP);

        assertThat(calculator.monthlyInterest(Money.of(balance), terms)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<BigDecimal> balances() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("999999999999.99"))
                .ofScale(2);
    }

    @Provide
    Arbitrary<BigDecimal> rates() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("0.99999999")).ofScale(8);
    }

    @Property
    void principalPartsSumToLoan(@ForAll("loanTerms") LoanTerms terms) {
        RepaymentSchedule schedule = calculator.calculate(terms);

        Money repaid = sum(schedule.installments().stream().map(Installment::principal).toList());
        assertThat(repaid).isEqualTo(terms.principal());
    }

    @Property
    void balanceFallsToZero(@ForAll("loanTerms") LoanTerms terms) {
        List<Installment> installments = calculator.calculate(terms).installments();

        assertThat(installments.get(installments.size() - 1).balance()).isEqualTo(Money.ZERO);
    }

    @Property
    void noNegativeAmounts(@ForAll("loanTerms") LoanTerms terms) {
        for (Installment installment : calculator.calculate(terms).installments()) {
            assertThat(installment.payment().isNegative()).as("payment of %s", installment).isFalse();
            assertThat(installment.principal().isNegative()).as("principal of %s", installment).isFalse();
            assertThat(installment.interest().isNegative()).as("interest of %s", installment).isFalse();
            assertThat(installment.balance().isNegative()).as("balance of %s", installment).isFalse();
        }
    }

    @Property
    void balancesNeverIncrease(@ForAll("loanTerms") LoanTerms terms) {
        Money previous = terms.principal();
        for (Installment installment : calculator.calculate(terms).installments()) {
            assertThat(installment.balance()).as("balance of %s", installment).isLessThanOrEqualTo(previous);
            assertThat(installment.balance()).as("balance of %s", installment)
                    .isEqualTo(previous.minus(installment.principal()));
            previous = installment.balance();
        }
    }

    @Property
    void totalPaymentIsPrincipalPlusInterest(@ForAll("loanTerms") LoanTerms terms) {
        RepaymentSchedule schedule = calculator.calculate(terms);

        assertThat(schedule.totalPayment()).isEqualTo(terms.principal().plus(schedule.totalInterest()));
        assertThat(schedule.totalInterest())
                .isEqualTo(sum(schedule.installments().stream().map(Installment::interest).toList()));
        for (Installment installment : schedule.installments()) {
            assertThat(installment.payment()).as("payment of %s", installment)
                    .isEqualTo(installment.principal().plus(installment.interest()));
        }
    }

    @Property
    void dueDatesRiseMonthlyToMaturity(@ForAll("loanTerms") LoanTerms terms) {
        List<Installment> installments = calculator.calculate(terms).installments();

        int expectedCount = terms.method() == RepaymentMethod.BULLET ? 1 : terms.termMonths();
        assertThat(installments).hasSize(expectedCount);
        assertThat(installments.get(installments.size() - 1).dueDate()).isEqualTo(terms.maturityDate());
        for (int i = 1; i < installments.size(); i++) {
            assertThat(installments.get(i).dueDate()).isAfter(installments.get(i - 1).dueDate());
        }
    }

    /**
     * Checks that every equal instalment but the last pays the annuity while a balance remains. A small loan over many
     * months at a high rate can repay everything before the last period, because the payment's rounding error
     * compounds, and the periods after that pay nothing.
     */
    @Property
    void equalInstallmentsPayTheAnnuity(@ForAll("loanTerms") LoanTerms terms) {
        if (terms.method() != RepaymentMethod.EQUAL_INSTALLMENT) {
            return;
        }
        List<Installment> installments = calculator.calculate(terms).installments();
        Money annuity = calculator.annuityPayment(terms);

        int firstEqual = terms.hasBrokenFirstPeriod() ? 1 : 0;
        int last = installments.size() - 1;
        for (Installment installment : installments.subList(Math.min(firstEqual, last), last)) {
            if (installment.balance().isPositive()) {
                assertThat(installment.payment()).as("payment of %s", installment).isEqualTo(annuity);
            } else {
                assertThat(installment.payment()).as("payment of %s", installment).isLessThanOrEqualTo(annuity);
            }
        }
    }

    @Provide
    Arbitrary<LoanTerms> loanTerms() {
        Arbitrary<BigDecimal> principals = Arbitraries.bigDecimals()
                .between(new BigDecimal("1000.00"), new BigDecimal("50000000.00"))
                .ofScale(2);
        Arbitrary<BigDecimal> rates = Arbitraries.bigDecimals()
                .between(new BigDecimal("0.001"), new BigDecimal("0.24"))
                .ofScale(6);
        Arbitrary<Integer> terms = Arbitraries.integers().between(1, 360);
        Arbitrary<RepaymentMethod> methods = Arbitraries.of(RepaymentMethod.class);
        Arbitrary<LocalDate> startDates = Dates.dates().between(LocalDate.of(2000, 1, 1), LocalDate.of(2060, 12, 31));
        // Days from the start date to a first due date, or null for regular monthly periods.
        Arbitrary<Integer> firstPeriodDays = Arbitraries.integers().between(1, 62).injectNull(0.5);

        return Combinators.combine(principals, rates, terms, methods, startDates, firstPeriodDays)
                .as(RepaymentScheduleCalculatorPropertiesTest::toTerms);
    }

    private static LoanTerms toTerms(BigDecimal principal, BigDecimal rate, int termMonths, RepaymentMethod method,
            LocalDate startDate, Integer firstPeriodDays) {
        LocalDate firstDueDate = null;
        if (firstPeriodDays != null) {
            LocalDate latest = startDate.plusMonths(LoanTerms.MAX_FIRST_PERIOD_MONTHS);
            LocalDate candidate = startDate.plusDays(firstPeriodDays);
            firstDueDate = candidate.isAfter(latest) ? latest : candidate;
        }
        return new LoanTerms(Money.of(principal), rate, termMonths, method, startDate, firstDueDate);
    }

    private static Money sum(List<Money> amounts) {
        return amounts.stream().reduce(Money.ZERO, Money::plus);
    }
}
