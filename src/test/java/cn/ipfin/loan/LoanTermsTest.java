package cn.ipfin.loan;

import static cn.ipfin.loan.RepaymentMethod.EQUAL_INSTALLMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.InvalidInputException.Violation;
import cn.ipfin.core.money.Money;

class LoanTermsTest {

    private static final Money PRINCIPAL = Money.of("100000.00");
    private static final BigDecimal RATE = new BigDecimal("0.045");
    private static final LocalDate START = LocalDate.of(2025, 3, 10);

    @Test
    void monthEndDueDatesClipAndReturn() {
        LoanTerms terms = new LoanTerms(PRINCIPAL, RATE, 4, EQUAL_INSTALLMENT, LocalDate.of(2024, 1, 31));

        assertThat(terms.dueDate(1)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(terms.dueDate(2)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(terms.dueDate(3)).isEqualTo(LocalDate.of(2024, 4, 30));
        assertThat(terms.dueDate(4)).isEqualTo(LocalDate.of(2024, 5, 31));
        assertThat(terms.maturityDate()).isEqualTo(LocalDate.of(2024, 5, 31));
    }

    @Test
    void monthEndDueDatesInCommonYear() {
        LoanTerms terms = new LoanTerms(PRINCIPAL, RATE, 2, EQUAL_INSTALLMENT, LocalDate.of(2025, 1, 30));

        assertThat(terms.dueDate(1)).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(terms.dueDate(2)).isEqualTo(LocalDate.of(2025, 3, 30));
    }

    @Test
    void firstDueDateAnchorsLaterDueDates() {
        LoanTerms terms = new LoanTerms(PRINCIPAL, RATE, 4, EQUAL_INSTALLMENT, LocalDate.of(2024, 12, 15),
                LocalDate.of(2025, 1, 31));

        assertThat(terms.dueDate(1)).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(terms.dueDate(2)).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(terms.dueDate(3)).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(terms.dueDate(4)).isEqualTo(LocalDate.of(2025, 4, 30));
        assertThat(terms.hasBrokenFirstPeriod()).isTrue();
        assertThat(terms.firstPeriodDays()).isEqualTo(47);
    }

    @Test
    void firstDueDateOneMonthLaterIsRegular() {
        LoanTerms terms = new LoanTerms(PRINCIPAL, RATE, 3, EQUAL_INSTALLMENT, START, LocalDate.of(2025, 4, 10));

        assertThat(terms.hasBrokenFirstPeriod()).isFalse();
        assertThat(terms.firstPeriodDays()).isEqualTo(31);
    }

    @Test
    void brokenFirstPeriodCountsActualDays() {
        LoanTerms terms = new LoanTerms(PRINCIPAL, RATE, 3, EQUAL_INSTALLMENT, START, LocalDate.of(2025, 4, 20));

        assertThat(terms.hasBrokenFirstPeriod()).isTrue();
        assertThat(terms.firstPeriodDays()).isEqualTo(41);
    }

    @Test
    void principalKeepsTwoDecimalPlaces() {
        LoanTerms terms = new LoanTerms(new Money(new BigDecimal("5000")), RATE, 3, EQUAL_INSTALLMENT, START);

        assertThat(terms.principal().amount()).isEqualTo(new BigDecimal("5000.00"));
    }

    @Test
    void firstDueDateMayBeTwoMonthsLater() {
        LoanTerms terms = new LoanTerms(PRINCIPAL, RATE, 3, EQUAL_INSTALLMENT, START, LocalDate.of(2025, 5, 10));

        assertThat(terms.firstPeriodDays()).isEqualTo(61);
    }

    @Test
    void rejectsMissingFields() {
        assertThat(violations(() -> new LoanTerms(null, null, 12, null, null))).containsExactly(
                "principal loan.principal.required",
                "annualRate loan.annualRate.required",
                "method loan.method.required",
                "startDate loan.startDate.required");
    }

    @Test
    void rejectsEveryInvalidFieldAtOnce() {
        assertThat(violations(() -> new LoanTerms(Money.of("0.00"), new BigDecimal("4.5"), 0, EQUAL_INSTALLMENT,
                START, START))).containsExactly(
                        "principal loan.principal.positive",
                        "annualRate loan.annualRate.range",
                        "termMonths loan.termMonths.range",
                        "firstDueDate loan.firstDueDate.range");
    }

    @Test
    void rejectsNegativePrincipal() {
        assertThat(violations(() -> terms(Money.of("-1.00"), RATE, 12))).containsExactly(
                "principal loan.principal.positive");
    }

    @Test
    void rejectsPrincipalWithThreeDecimals() {
        assertThat(violations(() -> terms(new Money(new BigDecimal("1000.005")), RATE, 12))).containsExactly(
                "principal loan.principal.digits");
    }

    @Test
    void acceptsTrailingZeroDecimals() {
        LoanTerms terms = terms(new Money(new BigDecimal("1000.1000")), RATE, 12);

        assertThat(terms.principal()).hasToString("1000.10");
    }

    @Test
    void rejectsPrincipalOfOneTrillion() {
        assertThat(violations(() -> terms(Money.of("1000000000000.00"), RATE, 12))).containsExactly(
                "principal loan.principal.digits");
        assertThat(terms(Money.of("999999999999.99"), RATE, 12).principal()).hasToString("999999999999.99");
    }

    @Test
    void annualRateBounds() {
        assertThat(terms(PRINCIPAL, BigDecimal.ZERO, 12).annualRate()).isZero();
        assertThat(terms(PRINCIPAL, new BigDecimal("0.9999"), 12).annualRate()).isEqualByComparingTo("0.9999");
        assertThat(violations(() -> terms(PRINCIPAL, BigDecimal.ONE, 12))).containsExactly(
                "annualRate loan.annualRate.range");
        assertThat(violations(() -> terms(PRINCIPAL, new BigDecimal("-0.01"), 12))).containsExactly(
                "annualRate loan.annualRate.range");
    }

    @Test
    void rejectsRateWithNineDecimals() {
        assertThat(terms(PRINCIPAL, new BigDecimal("0.04350000"), 12).annualRate()).isEqualByComparingTo("0.0435");
        assertThat(terms(PRINCIPAL, new BigDecimal("0.04350001"), 12).annualRate())
                .isEqualByComparingTo("0.04350001");
        assertThat(violations(() -> terms(PRINCIPAL, new BigDecimal("0.043500001"), 12))).containsExactly(
                "annualRate loan.annualRate.digits");
        assertThat(violations(() -> terms(PRINCIPAL, new BigDecimal("1E-999999999"), 12))).containsExactly(
                "annualRate loan.annualRate.digits");
    }

    @Test
    void termBounds() {
        assertThat(terms(PRINCIPAL, RATE, 1).termMonths()).isEqualTo(1);
        assertThat(terms(PRINCIPAL, RATE, 360).termMonths()).isEqualTo(360);
        assertThat(violations(() -> terms(PRINCIPAL, RATE, 361))).containsExactly("termMonths loan.termMonths.range");
        assertThat(violations(() -> terms(PRINCIPAL, RATE, -1))).containsExactly("termMonths loan.termMonths.range");
    }

    @Test
    void rejectsFirstDueDateBeforeStart() {
        assertThat(describe(LoanTerms.dateViolations(START, START.minusDays(1))))
                .containsExactly("firstDueDate loan.firstDueDate.range");
    }

    @Test
    void rejectsFirstDueDateAfterTwoMonths() {
        assertThat(describe(LoanTerms.dateViolations(START, LocalDate.of(2025, 5, 11))))
                .containsExactly("firstDueDate loan.firstDueDate.range");
        assertThat(LoanTerms.dateViolations(START, LocalDate.of(2025, 5, 10))).isEmpty();
        assertThat(LoanTerms.dateViolations(START, START.plusDays(1))).isEmpty();
    }

    @Test
    void rejectsStartDateOutsideSupportedYears() {
        assertThat(describe(LoanTerms.dateViolations(LocalDate.of(1899, 12, 31), null)))
                .containsExactly("startDate loan.startDate.range");
        assertThat(describe(LoanTerms.dateViolations(LocalDate.of(3000, 1, 1), null)))
                .containsExactly("startDate loan.startDate.range");
        assertThat(LoanTerms.dateViolations(LocalDate.of(2999, 12, 31), null)).isEmpty();
    }

    private static LoanTerms terms(Money principal, BigDecimal annualRate, int termMonths) {
        return new LoanTerms(principal, annualRate, termMonths, EQUAL_INSTALLMENT, START);
    }

    /** Runs the construction, expects it to fail and returns each violation as "field messageKey". */
    private static List<String> violations(Runnable construction) {
        InvalidInputException failure = catchThrowableOfType(InvalidInputException.class, construction::run);
        assertThat(failure).as("InvalidInputException").isNotNull();
        return describe(failure.violations());
    }

    private static List<String> describe(List<Violation> violations) {
        return violations.stream().map(violation -> violation.field() + " " + violation.messageKey()).toList();
    }
}
