package cn.ipfin.loan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.ipfin.core.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Allocation, penalty interest and position on a 1,000,000 yuan, 12-month, 4.5 % equal-instalment loan disbursed on
 * 2026-01-31, so its first due date is clipped to 2026-02-28. The penalty rate is 4.5 % × 1.5 = 6.75 %.
 *
 * <p>Schedule rows used below, worked out by hand: payment 85,378.52. Period 1 interest 1,000,000 × 0.045 / 12 =
 * 3,750.00, principal 81,628.52, balance 918,371.48. Period 2 interest 918,371.48 × 0.00375 = 3,443.893 → 3,443.89,
 * principal 81,934.63, balance 836,436.85.
 */
class LoanLedgerGoldenTest {

    private static final BigDecimal RATE = new BigDecimal("0.045");
    private static final BigDecimal PENALTY_RATE = new BigDecimal("0.0675");
    private static final LocalDate DISBURSED = LocalDate.of(2026, 1, 31);

    @Test
    void penaltyAccruesFromDayAfterDueDateAcrossMonthEnd() {
        LoanLedger ledger = ledger(fresh());

        // Due 2026-02-28, position on 2026-03-10: overdue on 1 to 10 March, 10 days (February 2026 has 28 days).
        // Penalty 81,628.52 × 0.0675 × 10 / 360 = 153.0535 → 153.05.
        LoanPosition position = ledger.position(LocalDate.of(2026, 3, 10));

        assertThat(position.daysPastDue()).isEqualTo(10);
        assertThat(position.accruedPenalty()).isEqualTo(Money.of("153.05"));
        assertThat(position.overduePrincipal()).isEqualTo(Money.of("81628.52"));
        assertThat(position.overdueInterest()).isEqualTo(Money.of("3750.00"));
        assertThat(position.outstandingPrincipal()).isEqualTo(Money.of("1000000.00"));
        // Overdue interest 3,750.00 plus 918,371.48 × 0.045 × 10 / 360 = 1,147.964 → 1,147.96 since 2026-02-28.
        assertThat(position.accruedInterest()).isEqualTo(Money.of("4897.96"));
        assertThat(position.nextDueDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(position.nextDueAmount()).isEqualTo(Money.of("85378.52"));
    }

    @Test
    void noPenaltyOnDueDateItself() {
        LoanPosition position = ledger(fresh()).position(LocalDate.of(2026, 2, 28));

        assertThat(position.daysPastDue()).isZero();
        assertThat(position.accruedPenalty()).isEqualTo(Money.ZERO);
        assertThat(position.nextDueDate()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(position.accruedInterest()).isEqualTo(Money.of("3750.00"));
    }

    @Test
    void partialPaymentPaysPenaltyThenInterestThenPrincipal() {
        // 50,000.00 on 2026-03-10: penalty 153.05, overdue interest 3,750.00, overdue principal the rest,
        // 50,000.00 − 153.05 − 3,750.00 = 46,096.95, leaving 81,628.52 − 46,096.95 = 35,531.57 of period 1.
        RepaymentAllocation allocation = ledger(fresh()).allocate(Money.of("50000.00"), LocalDate.of(2026, 3, 10));

        assertThat(allocation.penalty()).isEqualTo(Money.of("153.05"));
        assertThat(allocation.overdueInterest()).isEqualTo(Money.of("3750.00"));
        assertThat(allocation.overduePrincipal()).isEqualTo(Money.of("46096.95"));
        assertThat(allocation.currentInterest()).isEqualTo(Money.ZERO);
        assertThat(allocation.currentPrincipal()).isEqualTo(Money.ZERO);
        InstallmentBalance first = allocation.installments().get(0);
        assertThat(first.unpaidPrincipal()).isEqualTo(Money.of("35531.57"));
        assertThat(first.status(LocalDate.of(2026, 3, 10))).isEqualTo(InstallmentStatus.OVERDUE);
        assertThat(allocation.installments().get(1).status(LocalDate.of(2026, 3, 10))).isEqualTo(InstallmentStatus.DUE);
    }

    @Test
    void penaltyRestartsFromLastRepaymentOnRemainingPrincipal() {
        LoanLedger afterFirst = ledger(ledger(fresh()).allocate(Money.of("50000.00"), LocalDate.of(2026, 3, 10))
                .installments());
        LocalDate dueTwo = LocalDate.of(2026, 3, 31);

        // 10 to 31 March is 21 days on 35,531.57: 35,531.57 × 0.0675 × 21 / 360 = 139.9055 → 139.91.
        // Due on 2026-03-31: 139.91 + 35,531.57 + the whole of period 2, 85,378.52 = 121,050.00.
        assertThat(afterFirst.position(dueTwo).accruedPenalty()).isEqualTo(Money.of("139.91"));
        assertThat(afterFirst.position(dueTwo).daysPastDue()).isEqualTo(31);
        assertThat(afterFirst.amountDue(dueTwo)).isEqualTo(Money.of("121050.00"));
        assertThatThrownBy(() -> afterFirst.allocate(Money.of("121050.01"), dueTwo))
                .isInstanceOf(IllegalArgumentException.class);

        RepaymentAllocation second = afterFirst.allocate(Money.of("121050.00"), dueTwo);
        assertThat(second.penalty()).isEqualTo(Money.of("139.91"));
        assertThat(second.overdueInterest()).isEqualTo(Money.ZERO);
        assertThat(second.overduePrincipal()).isEqualTo(Money.of("35531.57"));
        assertThat(second.currentInterest()).isEqualTo(Money.of("3443.89"));
        assertThat(second.currentPrincipal()).isEqualTo(Money.of("81934.63"));
        assertThat(second.installments().get(0).penaltyPaid()).isEqualTo(Money.of("292.96"));

        // On 2026-04-15: 836,436.85 outstanding, 15 days of interest: 836,436.85 × 0.045 × 15 / 360 = 1,568.319
        // → 1,568.32. Nothing overdue.
        LoanPosition position = ledger(second.installments()).position(LocalDate.of(2026, 4, 15));
        assertThat(position.outstandingPrincipal()).isEqualTo(Money.of("836436.85"));
        assertThat(position.accruedInterest()).isEqualTo(Money.of("1568.32"));
        assertThat(position.accruedPenalty()).isEqualTo(Money.ZERO);
        assertThat(position.daysPastDue()).isZero();
        assertThat(position.nextDueDate()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(position.settlementAmount()).isEqualTo(Money.of("838005.17"));
    }

    @Test
    void paymentBeforeDueDatePaysCurrentInterestFirst() {
        // 2,000.00 on 2026-02-20 is short of the first instalment's interest of 3,750.00.
        RepaymentAllocation allocation = ledger(fresh()).allocate(Money.of("2000.00"), LocalDate.of(2026, 2, 20));

        assertThat(allocation.currentInterest()).isEqualTo(Money.of("2000.00"));
        assertThat(allocation.currentPrincipal()).isEqualTo(Money.ZERO);
        assertThat(allocation.installments().get(0).status(LocalDate.of(2026, 2, 20)))
                .isEqualTo(InstallmentStatus.PARTLY_PAID);
        assertThat(ledger(allocation.installments()).amountDue(LocalDate.of(2026, 2, 20)))
                .isEqualTo(Money.of("83378.52"));
    }

    private static List<InstallmentBalance> fresh() {
        return new RepaymentScheduleCalculator().calculate(new LoanTerms(Money.of("1000000.00"), RATE, 12,
                RepaymentMethod.EQUAL_INSTALLMENT, DISBURSED)).installments().stream()
                .map(InstallmentBalance::unpaid).toList();
    }

    private static LoanLedger ledger(List<InstallmentBalance> installments) {
        return new LoanLedger(installments, RATE, PENALTY_RATE, DISBURSED);
    }
}
