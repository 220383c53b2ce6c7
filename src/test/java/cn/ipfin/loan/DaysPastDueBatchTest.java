package cn.ipfin.loan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.ipfin.core.money.Money;
import cn.ipfin.identity.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * {@link LoanQueries#daysPastDue(LocalDate)}, read for all loans in one query, against
 * {@link LoanQueries#position(Long, LocalDate)} of each loan, over loans disbursed on 2026-01-15 and repaid in
 * different ways, on days around their due dates.
 */
class DaysPastDueBatchTest extends ServicingTestSupport {

    private static final LocalDate DISBURSED_ON = LocalDate.of(2026, 1, 15);

    @Autowired
    private LoanQueries queries;

    @Autowired
    private LoanServicingService servicing;

    private final Map<String, Long> loans = new LinkedHashMap<>();

    @Test
    void batchEqualsPositionOnEveryDay() {
        DisbursedLoan onTime = loan("按期", RepaymentMethod.EQUAL_INSTALLMENT);
        repayOnDueDates(onTime, 1, 3);

        DisbursedLoan partly = loan("部分", RepaymentMethod.EQUAL_INSTALLMENT);
        repayOnDueDates(partly, 1, 1);
        repay(partly, 1, Money.of("40000.00"), LocalDate.of(2026, 3, 15));

        loan("未还", RepaymentMethod.EQUAL_INSTALLMENT);

        DisbursedLoan lateAndShort = loan("逾期少还", RepaymentMethod.EQUAL_INSTALLMENT);
        repay(lateAndShort, 0, installmentPayment(lateAndShort, 0), LocalDate.of(2026, 3, 7));

        DisbursedLoan interestOnly = loan("按月付息", RepaymentMethod.INTEREST_ONLY);
        repayOnDueDates(interestOnly, 1, 2);

        DisbursedLoan equalPrincipal = loan("等额本金", RepaymentMethod.EQUAL_PRINCIPAL);
        repayOnDueDates(equalPrincipal, 1, 1);
        repay(equalPrincipal, 1, installmentPayment(equalPrincipal, 2), LocalDate.of(2026, 4, 15));

        DisbursedLoan early = loan("提前部分", RepaymentMethod.EQUAL_INSTALLMENT);
        repayOnDueDates(early, 1, 1);
        servicing.repayEarly(early.id(), 1, new EarlyRepaymentRequest(LocalDate.of(2026, 3, 5), false,
                Money.of("300000.00"), EarlyRepaymentOption.SHORTER_TERM), banker(early));

        DisbursedLoan settled = loan("提前结清", RepaymentMethod.EQUAL_INSTALLMENT);
        servicing.repayEarly(settled.id(), 0, new EarlyRepaymentRequest(LocalDate.of(2026, 2, 5), true, null, null),
                banker(settled));

        List<LocalDate> days = List.of(DISBURSED_ON, LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 16),
                LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 14), LocalDate.of(2026, 3, 16),
                LocalDate.of(2026, 3, 17), LocalDate.of(2026, 4, 15), LocalDate.of(2026, 4, 16),
                LocalDate.of(2026, 5, 16), LocalDate.of(2026, 6, 20), LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 1, 16), LocalDate.of(2027, 6, 30));
        List<String> mismatches = new ArrayList<>();
        int pastDue = 0;

        for (LocalDate day : days) {
            Map<Long, Integer> batch = queries.daysPastDue(day);
            for (Map.Entry<String, Long> loan : loans.entrySet()) {
                int expected = queries.position(loan.getValue(), day).daysPastDue();
                int actual = batch.getOrDefault(loan.getValue(), 0);
                if (actual != expected) {
                    mismatches.add(loan.getKey() + " on " + day + ": batch " + actual + ", position " + expected);
                }
                pastDue += expected > 0 ? 1 : 0;
            }
        }

        Map<Long, Integer> onMarch17 = queries.daysPastDue(LocalDate.of(2026, 3, 17));
        Map<Long, Integer> onMay16 = queries.daysPastDue(LocalDate.of(2026, 5, 16));

        assertThat(mismatches).isEmpty();
        assertThat(pastDue).as("loans past due on some day").isGreaterThan(20);
        assertThat(onMarch17.get(loans.get("未还"))).isEqualTo(30);
        assertThat(onMarch17.get(loans.get("部分"))).isEqualTo(2);
        assertThat(onMarch17.get(loans.get("逾期少还"))).isEqualTo(30);
        assertThat(onMarch17).doesNotContainKey(loans.get("按期"));
        assertThat(onMarch17).doesNotContainKey(loans.get("提前结清"));
        assertThat(onMay16.get(loans.get("按期"))).isEqualTo(1);
        assertThat(onMay16.get(loans.get("按月付息"))).isEqualTo(31);
    }

    private DisbursedLoan loan(String label, RepaymentMethod method) {
        DisbursedLoan loan = disbursedLoan("逾期天数" + label, DISBURSED_ON, method);
        loans.put(label, loan.id());
        return loan;
    }

    /** Pays instalments {@code first} to {@code last} (1-based) in full on their due dates. */
    private void repayOnDueDates(DisbursedLoan loan, int first, int last) {
        JsonNode installments = installments(loan);
        for (int period = first; period <= last; period++) {
            JsonNode installment = installments.get(period - 1);
            repay(loan, period - 1, Money.of(installment.get("payment").asString()),
                    LocalDate.parse(installment.get("dueDate").asString()));
        }
    }

    private void repay(DisbursedLoan loan, long version, Money amount, LocalDate valueDate) {
        servicing.recordRepayment(loan.id(), version, amount, valueDate, banker(loan));
    }

    private Money installmentPayment(DisbursedLoan loan, int index) {
        return Money.of(installments(loan).get(index).get("payment").asString());
    }

    private static JsonNode installments(DisbursedLoan loan) {
        return loan.lender().get(loan.path("position?asOf=" + DISBURSED_ON)).body().get("installments");
    }

    private CurrentUser banker(DisbursedLoan loan) {
        return accounts.loadUserByUsername(loan.bank().username());
    }
}
