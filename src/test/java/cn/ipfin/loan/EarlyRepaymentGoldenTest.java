package cn.ipfin.loan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.ipfin.core.money.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Early repayment on 2026-05-05 of a 1,000,000 yuan, 12-month, 4.5 % equal-instalment loan disbursed on
 * 2026-01-15, after periods 1 to 3 were paid on their due dates.
 *
 * <p>Hand working, r = 0.045 / 12 = 0.00375, payment 85,378.52:
 * <pre>
 * period 1  interest 1,000,000.00 × r = 3,750.00   principal 81,628.52  balance 918,371.48
 * period 2  interest   918,371.48 × r = 3,443.89   principal 81,934.63  balance 836,436.85
 * period 3  interest   836,436.85 × r = 3,136.64   principal 82,241.88  balance 754,194.97
 * </pre>
 * Interest from the last due date 2026-04-15 to 2026-05-05, 20 days: 754,194.97 × 0.045 × 20 / 360 =
 * 1,885.487 → 1,885.49.
 */
class EarlyRepaymentGoldenTest {

    private static final BigDecimal RATE = new BigDecimal("0.045");
    private static final LocalDate DISBURSED = LocalDate.of(2026, 1, 15);
    private static final LocalDate VALUE_DATE = LocalDate.of(2026, 5, 5);

    private final EarlyRepaymentCalculator calculator = new EarlyRepaymentCalculator(new RepaymentScheduleCalculator());
    private LoanLedger ledger;

    @BeforeEach
    void payFirstThreePeriods() {
        List<InstallmentBalance> installments = new RepaymentScheduleCalculator().calculate(new LoanTerms(
                Money.of("1000000.00"), RATE, 12, RepaymentMethod.EQUAL_INSTALLMENT, DISBURSED)).installments()
                .stream().map(InstallmentBalance::unpaid).toList();
        for (int month = 2; month <= 4; month++) {
            installments = ledger(installments).allocate(Money.of("85378.52"), LocalDate.of(2026, month, 15))
                    .installments();
        }
        ledger = ledger(installments);
    }

    @Test
    void fullRepaymentPaysPrincipalAndAccruedInterest() {
        EarlyRepaymentQuote quote = quote(null, null);

        // 754,194.97 + 1,885.49 = 756,080.46, nothing overdue.
        assertThat(quote.full()).isTrue();
        assertThat(quote.dueNow().total()).isEqualTo(Money.ZERO);
        assertThat(quote.accruedInterest()).isEqualTo(Money.of("1885.49"));
        assertThat(quote.principal()).isEqualTo(Money.of("754194.97"));
        assertThat(quote.total()).isEqualTo(Money.of("756080.46"));
        assertThat(quote.fromPeriod()).isEqualTo(4);
        assertThat(quote.schedule()).isEmpty();
    }

    /**
     * 300,000.00 repaid ahead leaves 454,194.97 over the same 9 periods. The new payment is
     * 454,194.97 × r × (1 + r)^9 / ((1 + r)^9 − 1) with (1 + r)^9 = 1.034271..., which is 51,417.07. Period 4 runs
     * from 2026-05-05 to 2026-05-15, 10 days: interest 454,194.97 × 0.045 × 10 / 360 = 567.744 → 567.74, and
     * principal 51,417.07 − 454,194.97 × r (1,703.23) = 49,713.84. Period 5: interest 404,481.13 × r =
     * 1,516.804 → 1,516.80, principal 49,900.27. Period 12 repays the remaining 51,224.97 with 192.09 interest.
     */
    @Test
    void lowerInstallmentKeepsTerm() {
        EarlyRepaymentQuote quote = quote(Money.of("300000.00"), EarlyRepaymentOption.LOWER_INSTALLMENT);

        assertThat(quote.total()).isEqualTo(Money.of("301885.49"));
        assertThat(quote.schedule()).hasSize(9);
        assertRow(quote.schedule().get(0), 4, LocalDate.of(2026, 5, 15), "50281.58", "49713.84", "567.74",
                "404481.13");
        assertRow(quote.schedule().get(1), 5, LocalDate.of(2026, 6, 15), "51417.07", "49900.27", "1516.80",
                "354580.86");
        assertRow(quote.schedule().get(8), 12, LocalDate.of(2027, 1, 15), "51417.06", "51224.97", "192.09", "0.00");
        assertThat(quote.remainingPrincipal()).isEqualTo(Money.of("454194.97"));
    }

    /**
     * The instalment stays 85,378.52. Period 4: interest 567.74 (10 days as above), principal 85,378.52 − 1,703.23 =
     * 83,675.29, balance 370,519.68. Period 5: interest 370,519.68 × r = 1,389.449 → 1,389.45, principal 83,989.07,
     * balance 286,530.61. Period 6: 1,074.49 and 84,304.03, balance 202,226.58. Period 7: 758.35 and 84,620.17,
     * balance 117,606.41. Period 8: 441.02 and 84,937.50, balance 32,668.91. Period 9 repays 32,668.91 with
     * 32,668.91 × r = 122.508 → 122.51 interest, so the loan ends three periods early.
     */
    @Test
    void shorterTermKeepsInstallment() {
        EarlyRepaymentQuote quote = quote(Money.of("300000.00"), EarlyRepaymentOption.SHORTER_TERM);

        assertThat(quote.schedule()).hasSize(6);
        assertRow(quote.schedule().get(0), 4, LocalDate.of(2026, 5, 15), "84243.03", "83675.29", "567.74",
                "370519.68");
        assertRow(quote.schedule().get(1), 5, LocalDate.of(2026, 6, 15), "85378.52", "83989.07", "1389.45",
                "286530.61");
        assertRow(quote.schedule().get(2), 6, LocalDate.of(2026, 7, 15), "85378.52", "84304.03", "1074.49",
                "202226.58");
        assertRow(quote.schedule().get(3), 7, LocalDate.of(2026, 8, 15), "85378.52", "84620.17", "758.35",
                "117606.41");
        assertRow(quote.schedule().get(4), 8, LocalDate.of(2026, 9, 15), "85378.52", "84937.50", "441.02",
                "32668.91");
        assertRow(quote.schedule().get(5), 9, LocalDate.of(2026, 10, 15), "32791.42", "32668.91", "122.51", "0.00");
    }

    @Test
    void overdueInstalmentIsPaidFirst() {
        // Period 4 due 2026-05-15 is unpaid; on 2026-05-25 it is 10 days overdue. Penalty on 82,550.29
        // (85,378.52 − 754,194.97 × r = 2,828.23 interest) at 6.75 %: 82,550.29 × 0.0675 × 10 / 360 = 154.78.
        // Interest accrues 10 days on 671,644.68: 671,644.68 × 0.045 × 10 / 360 = 839.556 → 839.56.
        EarlyRepaymentQuote quote = calculator.quote(ledger, RepaymentMethod.EQUAL_INSTALLMENT, RATE,
                LocalDate.of(2026, 5, 25), null, null);

        assertThat(quote.dueNow().penalty()).isEqualTo(Money.of("154.78"));
        assertThat(quote.dueNow().principal()).isEqualTo(Money.of("82550.29"));
        assertThat(quote.dueNow().interest()).isEqualTo(Money.of("2828.23"));
        assertThat(quote.accruedInterest()).isEqualTo(Money.of("839.56"));
        assertThat(quote.principal()).isEqualTo(Money.of("671644.68"));
        assertThat(quote.fromPeriod()).isEqualTo(5);
    }

    @Test
    void shorterTermRejectedForInterestOnly() {
        assertThatThrownBy(() -> calculator.quote(ledger, RepaymentMethod.INTEREST_ONLY, RATE, VALUE_DATE,
                Money.of("1000.00"), EarlyRepaymentOption.SHORTER_TERM)).isInstanceOf(IllegalArgumentException.class);
    }

    private EarlyRepaymentQuote quote(Money principal, EarlyRepaymentOption option) {
        return calculator.quote(ledger, RepaymentMethod.EQUAL_INSTALLMENT, RATE, VALUE_DATE, principal, option);
    }

    private static LoanLedger ledger(List<InstallmentBalance> installments) {
        return new LoanLedger(installments, RATE, new BigDecimal("0.0675"), DISBURSED);
    }

    private static void assertRow(Installment row, int period, LocalDate dueDate, String payment, String principal,
            String interest, String balance) {
        assertThat(row.period()).isEqualTo(period);
        assertThat(row.dueDate()).isEqualTo(dueDate);
        assertThat(row.payment()).isEqualTo(Money.of(payment));
        assertThat(row.principal()).isEqualTo(Money.of(principal));
        assertThat(row.interest()).isEqualTo(Money.of(interest));
        assertThat(row.balance()).isEqualTo(Money.of(balance));
    }
}
