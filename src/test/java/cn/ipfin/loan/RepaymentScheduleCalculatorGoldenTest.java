package cn.ipfin.loan;

import static cn.ipfin.loan.RepaymentMethod.BULLET;
import static cn.ipfin.loan.RepaymentMethod.EQUAL_INSTALLMENT;
import static cn.ipfin.loan.RepaymentMethod.EQUAL_PRINCIPAL;
import static cn.ipfin.loan.RepaymentMethod.INTEREST_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import cn.ipfin.core.money.Money;

/**
 * Compares every period of known schedules with tables computed apart from this code.
 *
 * <p>The 1,000,000.00 yuan example loan (12 months at 4.5 %) has reference figures the platform must reproduce:
 * 85,378.52 a month and 24,542.24 of interest with equal instalments, 87,083.33 first and 24,375.00 of interest
 * with equal principal, 3,750.00 a month and 1,003,750.00 at maturity when only interest is paid.
 *
 * <p>Every table was printed by {@code src/test/python/repayment_schedule_golden.py}, a second implementation in
 * Python's decimal module at 50 digits that derives the annuity payment from the present value of the
 * instalments instead of the closed form. The comments show the hand checks of single values.
 * Rows read: period | due date | payment | principal | interest | balance.
 */
class RepaymentScheduleCalculatorGoldenTest {

    private final RepaymentScheduleCalculator calculator = new RepaymentScheduleCalculator();

    /** The example loan's reference figures: 85,378.52 a month and 24,542.24 of interest in total. */
    @Test
    void exampleLoanEqualInstallments() {
        RepaymentSchedule schedule = calculate("1000000.00", "0.045", 12, EQUAL_INSTALLMENT, "2025-01-15", null);

        assertInstallments(schedule, """
                1 | 2025-02-15 | 85378.52 | 81628.52 | 3750.00 | 918371.48
                2 | 2025-03-15 | 85378.52 | 81934.63 | 3443.89 | 836436.85
                3 | 2025-04-15 | 85378.52 | 82241.88 | 3136.64 | 754194.97
                4 | 2025-05-15 | 85378.52 | 82550.29 | 2828.23 | 671644.68
                5 | 2025-06-15 | 85378.52 | 82859.85 | 2518.67 | 588784.83
                6 | 2025-07-15 | 85378.52 | 83170.58 | 2207.94 | 505614.25
                7 | 2025-08-15 | 85378.52 | 83482.47 | 1896.05 | 422131.78
                8 | 2025-09-15 | 85378.52 | 83795.53 | 1582.99 | 338336.25
                9 | 2025-10-15 | 85378.52 | 84109.76 | 1268.76 | 254226.49
                10 | 2025-11-15 | 85378.52 | 84425.17 | 953.35 | 169801.32
                11 | 2025-12-15 | 85378.52 | 84741.77 | 636.75 | 85059.55
                12 | 2026-01-15 | 85378.52 | 85059.55 | 318.97 | 0.00
                """);
        assertThat(schedule.totalInterest()).hasToString("24542.24");
        assertThat(schedule.totalPayment()).hasToString("1024542.24");
        assertThat(schedule.installments().get(0).payment()).hasToString("85378.52");
    }

    /** The example loan's reference figures: 87,083.33 first payment and 24,375.00 of interest in total. */
    @Test
    void exampleLoanEqualPrincipal() {
        RepaymentSchedule schedule = calculate("1000000.00", "0.045", 12, EQUAL_PRINCIPAL, "2025-01-15", null);

        assertInstallments(schedule, """
                1 | 2025-02-15 | 87083.33 | 83333.33 | 3750.00 | 916666.67
                2 | 2025-03-15 | 86770.83 | 83333.33 | 3437.50 | 833333.34
                3 | 2025-04-15 | 86458.33 | 83333.33 | 3125.00 | 750000.01
                4 | 2025-05-15 | 86145.83 | 83333.33 | 2812.50 | 666666.68
                5 | 2025-06-15 | 85833.33 | 83333.33 | 2500.00 | 583333.35
                6 | 2025-07-15 | 85520.83 | 83333.33 | 2187.50 | 500000.02
                7 | 2025-08-15 | 85208.33 | 83333.33 | 1875.00 | 416666.69
                8 | 2025-09-15 | 84895.83 | 83333.33 | 1562.50 | 333333.36
                9 | 2025-10-15 | 84583.33 | 83333.33 | 1250.00 | 250000.03
                10 | 2025-11-15 | 84270.83 | 83333.33 | 937.50 | 166666.70
                11 | 2025-12-15 | 83958.33 | 83333.33 | 625.00 | 83333.37
                12 | 2026-01-15 | 83645.87 | 83333.37 | 312.50 | 0.00
                """);
        assertThat(schedule.totalInterest()).hasToString("24375.00");
        assertThat(schedule.totalPayment()).hasToString("1024375.00");
        assertThat(schedule.installments().get(0).payment()).hasToString("87083.33");
    }

    /** The example loan's reference figures: 3,750.00 a month and 1,003,750.00 at maturity. */
    @Test
    void exampleLoanInterestOnly() {
        RepaymentSchedule schedule = calculate("1000000.00", "0.045", 12, INTEREST_ONLY, "2025-01-15", null);

        assertInstallments(schedule, """
                1 | 2025-02-15 | 3750.00 | 0.00 | 3750.00 | 1000000.00
                2 | 2025-03-15 | 3750.00 | 0.00 | 3750.00 | 1000000.00
                3 | 2025-04-15 | 3750.00 | 0.00 | 3750.00 | 1000000.00
                4 | 2025-05-15 | 3750.00 | 0.00 | 3750.00 | 1000000.00
                5 | 2025-06-15 | 3750.00 | 0.00 | 3750.00 | 1000000.00
                6 | 2025-07-15 | 3750.00 | 0.00 | 3750.00 | 1000000.00
                7 | 2025-08-15 | 3750.00 | 0.00 | 3750.00 | 1000000.00
                8 | 2025-09-15 | 3750.00 | 0.00 | 3750.00 | 1000000.00
                9 | 2025-10-15 | 3750.00 | 0.00 | 3750.00 | 1000000.00
                10 | 2025-11-15 | 3750.00 | 0.00 | 3750.00 | 1000000.00
                11 | 2025-12-15 | 3750.00 | 0.00 | 3750.00 | 1000000.00
                12 | 2026-01-15 | 1003750.00 | 1000000.00 | 3750.00 | 0.00
                """);
        assertThat(schedule.totalInterest()).hasToString("45000.00");
        assertThat(schedule.totalPayment()).hasToString("1045000.00");
        assertThat(schedule.installments().get(0).payment()).hasToString("3750.00");
        assertThat(schedule.installments().get(11).payment()).hasToString("1003750.00");
    }

    /** 1,000,000.00 × 0.045 × 12 / 12 = 45,000.00 of interest, paid with the principal on 2026-01-15. */
    @Test
    void exampleLoanBullet() {
        RepaymentSchedule schedule = calculate("1000000.00", "0.045", 12, BULLET, "2025-01-15", null);

        assertInstallments(schedule, """
                1 | 2026-01-15 | 1045000.00 | 1000000.00 | 45000.00 | 0.00
                """);
        assertThat(schedule.totalInterest()).hasToString("45000.00");
        assertThat(schedule.totalPayment()).hasToString("1045000.00");
    }

    @Test
    void shortLoanEqualInstallments() {
        RepaymentSchedule schedule = calculate("120000.00", "0.0365", 6, EQUAL_INSTALLMENT, "2025-07-01", null);

        assertInstallments(schedule, """
                1 | 2025-08-01 | 20213.46 | 19848.46 | 365.00 | 100151.54
                2 | 2025-09-01 | 20213.46 | 19908.83 | 304.63 | 80242.71
                3 | 2025-10-01 | 20213.46 | 19969.39 | 244.07 | 60273.32
                4 | 2025-11-01 | 20213.46 | 20030.13 | 183.33 | 40243.19
                5 | 2025-12-01 | 20213.46 | 20091.05 | 122.41 | 20152.14
                6 | 2026-01-01 | 20213.44 | 20152.14 | 61.30 | 0.00
                """);
        assertThat(schedule.totalInterest()).hasToString("1280.74");
        assertThat(schedule.totalPayment()).hasToString("121280.74");
    }

    @Test
    void shortLoanEqualPrincipal() {
        RepaymentSchedule schedule = calculate("120000.00", "0.0365", 6, EQUAL_PRINCIPAL, "2025-07-01", null);

        assertInstallments(schedule, """
                1 | 2025-08-01 | 20365.00 | 20000.00 | 365.00 | 100000.00
                2 | 2025-09-01 | 20304.17 | 20000.00 | 304.17 | 80000.00
                3 | 2025-10-01 | 20243.33 | 20000.00 | 243.33 | 60000.00
                4 | 2025-11-01 | 20182.50 | 20000.00 | 182.50 | 40000.00
                5 | 2025-12-01 | 20121.67 | 20000.00 | 121.67 | 20000.00
                6 | 2026-01-01 | 20060.83 | 20000.00 | 60.83 | 0.00
                """);
        assertThat(schedule.totalInterest()).hasToString("1277.50");
        assertThat(schedule.totalPayment()).hasToString("121277.50");
    }

    @Test
    void shortLoanInterestOnly() {
        RepaymentSchedule schedule = calculate("120000.00", "0.0365", 6, INTEREST_ONLY, "2025-07-01", null);

        assertInstallments(schedule, """
                1 | 2025-08-01 | 365.00 | 0.00 | 365.00 | 120000.00
                2 | 2025-09-01 | 365.00 | 0.00 | 365.00 | 120000.00
                3 | 2025-10-01 | 365.00 | 0.00 | 365.00 | 120000.00
                4 | 2025-11-01 | 365.00 | 0.00 | 365.00 | 120000.00
                5 | 2025-12-01 | 365.00 | 0.00 | 365.00 | 120000.00
                6 | 2026-01-01 | 120365.00 | 120000.00 | 365.00 | 0.00
                """);
        assertThat(schedule.totalInterest()).hasToString("2190.00");
        assertThat(schedule.totalPayment()).hasToString("122190.00");
    }

    @Test
    void shortLoanBullet() {
        RepaymentSchedule schedule = calculate("120000.00", "0.0365", 6, BULLET, "2025-07-01", null);

        assertInstallments(schedule, """
                1 | 2026-01-01 | 122190.00 | 120000.00 | 2190.00 | 0.00
                """);
        assertThat(schedule.totalInterest()).hasToString("2190.00");
        assertThat(schedule.totalPayment()).hasToString("122190.00");
    }

    /** A start on 2024-01-31 falls due on 29 February in a leap year and returns to the 31st in March. */
    @Test
    void monthEndStartEqualInstallments() {
        RepaymentSchedule schedule = calculate("300000.00", "0.0435", 6, EQUAL_INSTALLMENT, "2024-01-31", null);

        assertInstallments(schedule, """
                1 | 2024-02-29 | 50636.29 | 49548.79 | 1087.50 | 250451.21
                2 | 2024-03-31 | 50636.29 | 49728.40 | 907.89 | 200722.81
                3 | 2024-04-30 | 50636.29 | 49908.67 | 727.62 | 150814.14
                4 | 2024-05-31 | 50636.29 | 50089.59 | 546.70 | 100724.55
                5 | 2024-06-30 | 50636.29 | 50271.16 | 365.13 | 50453.39
                6 | 2024-07-31 | 50636.28 | 50453.39 | 182.89 | 0.00
                """);
        assertThat(schedule.totalInterest()).hasToString("3817.73");
        assertThat(schedule.totalPayment()).hasToString("303817.73");
    }

    @Test
    void monthEndStartEqualPrincipal() {
        RepaymentSchedule schedule = calculate("300000.00", "0.0435", 6, EQUAL_PRINCIPAL, "2024-01-31", null);

        assertInstallments(schedule, """
                1 | 2024-02-29 | 51087.50 | 50000.00 | 1087.50 | 250000.00
                2 | 2024-03-31 | 50906.25 | 50000.00 | 906.25 | 200000.00
                3 | 2024-04-30 | 50725.00 | 50000.00 | 725.00 | 150000.00
                4 | 2024-05-31 | 50543.75 | 50000.00 | 543.75 | 100000.00
                5 | 2024-06-30 | 50362.50 | 50000.00 | 362.50 | 50000.00
                6 | 2024-07-31 | 50181.25 | 50000.00 | 181.25 | 0.00
                """);
        assertThat(schedule.totalInterest()).hasToString("3806.25");
        assertThat(schedule.totalPayment()).hasToString("303806.25");
    }

    /**
     * 41 days from 2025-03-10 to 2025-04-20 accrue 500,000.00 × 0.0385 × 41 / 360 = 2,192.36 (2,192.3611). The
     * principal part stays that of a whole month, 84,271.60 − 1,604.17 = 82,667.43, so only payment 1 differs.
     */
    @Test
    void brokenFirstPeriodEqualInstallments() {
        RepaymentSchedule schedule = calculate("500000.00", "0.0385", 6, EQUAL_INSTALLMENT, "2025-03-10", "2025-04-20");

        assertInstallments(schedule, """
                1 | 2025-04-20 | 84859.79 | 82667.43 | 2192.36 | 417332.57
                2 | 2025-05-20 | 84271.60 | 82932.66 | 1338.94 | 334399.91
                3 | 2025-06-20 | 84271.60 | 83198.73 | 1072.87 | 251201.18
                4 | 2025-07-20 | 84271.60 | 83465.66 | 805.94 | 167735.52
                5 | 2025-08-20 | 84271.60 | 83733.45 | 538.15 | 84002.07
                6 | 2025-09-20 | 84271.58 | 84002.07 | 269.51 | 0.00
                """);
        assertThat(schedule.totalInterest()).hasToString("6217.77");
        assertThat(schedule.totalPayment()).hasToString("506217.77");
    }

    @Test
    void brokenFirstPeriodEqualPrincipal() {
        RepaymentSchedule schedule = calculate("500000.00", "0.0385", 6, EQUAL_PRINCIPAL, "2025-03-10", "2025-04-20");

        assertInstallments(schedule, """
                1 | 2025-04-20 | 85525.69 | 83333.33 | 2192.36 | 416666.67
                2 | 2025-05-20 | 84670.14 | 83333.33 | 1336.81 | 333333.34
                3 | 2025-06-20 | 84402.77 | 83333.33 | 1069.44 | 250000.01
                4 | 2025-07-20 | 84135.41 | 83333.33 | 802.08 | 166666.68
                5 | 2025-08-20 | 83868.05 | 83333.33 | 534.72 | 83333.35
                6 | 2025-09-20 | 83600.71 | 83333.35 | 267.36 | 0.00
                """);
        assertThat(schedule.totalInterest()).hasToString("6202.77");
        assertThat(schedule.totalPayment()).hasToString("506202.77");
    }

    @Test
    void brokenFirstPeriodInterestOnly() {
        RepaymentSchedule schedule = calculate("500000.00", "0.0385", 6, INTEREST_ONLY, "2025-03-10", "2025-04-20");

        assertInstallments(schedule, """
                1 | 2025-04-20 | 2192.36 | 0.00 | 2192.36 | 500000.00
                2 | 2025-05-20 | 1604.17 | 0.00 | 1604.17 | 500000.00
                3 | 2025-06-20 | 1604.17 | 0.00 | 1604.17 | 500000.00
                4 | 2025-07-20 | 1604.17 | 0.00 | 1604.17 | 500000.00
                5 | 2025-08-20 | 1604.17 | 0.00 | 1604.17 | 500000.00
                6 | 2025-09-20 | 501604.17 | 500000.00 | 1604.17 | 0.00
                """);
        assertThat(schedule.totalInterest()).hasToString("10213.21");
        assertThat(schedule.totalPayment()).hasToString("510213.21");
    }

    /** 500,000.00 × 0.0385 × (41 / 360 + 5 / 12) = 19,250 × 191 / 360 = 10,213.19 (10,213.194). */
    @Test
    void brokenFirstPeriodBullet() {
        RepaymentSchedule schedule = calculate("500000.00", "0.0385", 6, BULLET, "2025-03-10", "2025-04-20");

        assertInstallments(schedule, """
                1 | 2025-09-20 | 510213.19 | 500000.00 | 10213.19 | 0.00
                """);
        assertThat(schedule.totalInterest()).hasToString("10213.19");
        assertThat(schedule.totalPayment()).hasToString("510213.19");
    }

    private RepaymentSchedule calculate(String principal, String annualRate, int termMonths, RepaymentMethod method,
            String startDate, String firstDueDate) {
        LocalDate firstDue = firstDueDate == null ? null : LocalDate.parse(firstDueDate);
        LoanTerms terms = new LoanTerms(Money.of(principal), new BigDecimal(annualRate), termMonths, method,
                LocalDate.parse(startDate), firstDue);
        return calculator.calculate(terms);
    }

    private static void assertInstallments(RepaymentSchedule schedule, String expectedTable) {
        List<String[]> expectedRows = expectedTable.lines().map(line -> line.split("\\s*\\|\\s*")).toList();
        assertThat(schedule.installments()).hasSameSizeAs(expectedRows);

        SoftAssertions softly = new SoftAssertions();
        for (int i = 0; i < expectedRows.size(); i++) {
            String[] expected = expectedRows.get(i);
            Installment actual = schedule.installments().get(i);
            softly.assertThat(actual.period()).as("row %d period", i + 1).isEqualTo(Integer.parseInt(expected[0]));
            softly.assertThat(actual.dueDate()).as("period %s due date", expected[0]).hasToString(expected[1]);
            softly.assertThat(actual.payment()).as("period %s payment", expected[0]).hasToString(expected[2]);
            softly.assertThat(actual.principal()).as("period %s principal", expected[0]).hasToString(expected[3]);
            softly.assertThat(actual.interest()).as("period %s interest", expected[0]).hasToString(expected[4]);
            softly.assertThat(actual.balance()).as("period %s balance", expected[0]).hasToString(expected[5]);
        }
        softly.assertAll();
    }
}
