package cn.ipfin.loan;

import static cn.ipfin.loan.RepaymentMethod.EQUAL_INSTALLMENT;
import static cn.ipfin.loan.RepaymentMethod.EQUAL_PRINCIPAL;
import static cn.ipfin.loan.RepaymentMethod.INTEREST_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.ipfin.core.money.Money;

/** Edge cases of the schedule rules. The comment in each test works out the expected values by hand. */
class RepaymentScheduleCalculatorTest {

    private static final LocalDate START = LocalDate.of(2025, 1, 1);

    private final RepaymentScheduleCalculator calculator = new RepaymentScheduleCalculator();

    @Test
    void annuityPaymentOfExampleLoan() {
        // 1,000,000 × 0.00375 × 1.00375^12 / (1.00375^12 − 1) = 85,378.5216 yuan.
        LoanTerms terms = new LoanTerms(Money.of("1000000.00"), new BigDecimal("0.045"), 12, EQUAL_INSTALLMENT,
                START);

        assertThat(calculator.annuityPayment(terms)).hasToString("85378.52");
    }

    @Test
    void roundingModeIsConfigurable() {
        // The same 85,378.5216 rounded up to the next fen.
        RepaymentScheduleCalculator roundingUp = new RepaymentScheduleCalculator(MathContext.DECIMAL128,
                RoundingMode.UP);
        LoanTerms terms = new LoanTerms(Money.of("1000000.00"), new BigDecimal("0.045"), 12, EQUAL_INSTALLMENT,
                START);

        assertThat(roundingUp.annuityPayment(terms)).hasToString("85378.53");
    }

    @Test
    void zeroRateSplitsPrincipalEvenly() {
        // 1,000.00 / 3 = 333.33, and the last period repays the remaining 333.34.
        RepaymentSchedule schedule = calculate("1000.00", "0", 3, EQUAL_INSTALLMENT, null);

        assertThat(payments(schedule)).containsExactly("333.33", "333.33", "333.34");
        assertThat(schedule.totalInterest()).hasToString("0.00");
    }

    @Test
    void singlePeriodEqualInstallment() {
        // 10,000.00 × 0.12 / 12 = 100.00 of interest, paid with the principal one month later.
        RepaymentSchedule schedule = calculate("10000.00", "0.12", 1, EQUAL_INSTALLMENT, null);

        assertThat(payments(schedule)).containsExactly("10100.00");
        assertThat(schedule.installments().get(0).dueDate()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(schedule.installments().get(0).balance()).hasToString("0.00");
    }

    @Test
    void singleBrokenPeriodAccruesDaily() {
        // 10,000.00 × 0.036 × 10 / 360 = 10.00 for the ten days to 2025-01-11.
        RepaymentSchedule schedule = calculate("10000.00", "0.036", 1, EQUAL_INSTALLMENT, LocalDate.of(2025, 1, 11));

        assertThat(payments(schedule)).containsExactly("10010.00");
        assertThat(schedule.installments().get(0).interest()).hasToString("10.00");
    }

    @Test
    void regularFirstDueDateChangesNothing() {
        RepaymentSchedule withFirstDueDate = calculate("250000.00", "0.05", 6, INTEREST_ONLY,
                LocalDate.of(2025, 2, 1));
        RepaymentSchedule without = calculate("250000.00", "0.05", 6, INTEREST_ONLY, null);

        assertThat(withFirstDueDate).isEqualTo(without);
        // 250,000.00 × 0.05 / 12 = 1,041.666…, so each month's interest is 1,041.67.
        assertThat(withFirstDueDate.installments().get(0).interest()).hasToString("1041.67");
    }

    @Test
    void tinyPrincipalRepaidInLastPeriod() {
        // 0.05 / 12 = 0.0042 rounds to 0.00, so the whole 0.05 falls due with the last period.
        RepaymentSchedule schedule = calculate("0.05", "0.045", 12, EQUAL_PRINCIPAL, null);

        List<String> principalParts = schedule.installments().stream()
                .map(installment -> installment.principal().toString())
                .toList();
        assertThat(principalParts.subList(0, 11)).containsOnly("0.00");
        assertThat(principalParts.get(11)).isEqualTo("0.05");
        assertThat(schedule.totalInterest()).hasToString("0.00");
    }

    @Test
    void roundedUpPartsStopAtZeroBalance() {
        // 2.70 / 360 = 0.0075 rounds half up to 0.01, so 270 periods repay everything and 90 periods repay nothing.
        RepaymentSchedule schedule = calculate("2.70", "0", 360, EQUAL_PRINCIPAL, null);

        List<Installment> installments = schedule.installments();
        assertThat(installments).hasSize(360);
        assertThat(installments.get(268).balance()).hasToString("0.01");
        assertThat(installments.get(269).balance()).hasToString("0.00");
        assertThat(installments.subList(270, 360)).allSatisfy(installment -> {
            assertThat(installment.principal()).hasToString("0.00");
            assertThat(installment.balance()).hasToString("0.00");
        });
    }

    private RepaymentSchedule calculate(String principal, String annualRate, int termMonths, RepaymentMethod method,
            LocalDate firstDueDate) {
        LoanTerms terms = new LoanTerms(Money.of(principal), new BigDecimal(annualRate), termMonths, method, START,
                firstDueDate);
        return calculator.calculate(terms);
    }

    private static List<String> payments(RepaymentSchedule schedule) {
        return schedule.installments().stream().map(installment -> installment.payment().toString()).toList();
    }
}
