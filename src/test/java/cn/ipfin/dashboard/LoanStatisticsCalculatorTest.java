package cn.ipfin.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.ipfin.core.money.Money;
import cn.ipfin.dashboard.LoanStatistics.GroupTotal;
import cn.ipfin.dashboard.LoanStatistics.StepTotal;
import cn.ipfin.dashboard.LoanStatistics.Totals;
import cn.ipfin.loan.ApplicationState;
import org.junit.jupiter.api.Test;

/**
 * Golden figures for the first quarter of 2026 over nine loans, worked out by hand:
 * issued = L1 + L2 + L3 = 3,500,000.00; outstanding at 31 March = L1 + L2 + L4 = 1,800,000.00 (L3 is settled,
 * L7 disbursed in April); NPL = 500,000 / 1,800,000 = 0.2778; average rate = (35,000 + 20,000 + 60,000) /
 * 3,500,000 = 0.032857; approval = 4 approved / (4 + 2 refused) = 0.6667; days = (20 + 30 + 30) / 3 = 26.7.
 */
class LoanStatisticsCalculatorTest {

    private static final StatisticsPeriod Q1 = new StatisticsPeriod(LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 3, 31), Granularity.MONTH);

    private static final List<LoanFact> LOANS = List.of(
            loan(1, 101, "B1", "C", "140105", "INVENTION", "M1", ApplicationState.DISBURSED, "1000000.00", "0.0350",
                    "2026-01-05", "2026-01-25"),
            loan(2, 102, "B1", "C", "140106", "UTILITY_MODEL", "M2", ApplicationState.DEFAULTED, "500000.00",
                    "0.0400", "2026-01-10", "2026-02-09"),
            loan(3, 101, "B2", "I", "140105", LoanFact.MIXED, "M1", ApplicationState.SETTLED, "2000000.00", "0.0300",
                    "2026-02-01", "2026-03-03"),
            loan(4, 103, "B2", "I", "140200", "TRADEMARK", LoanFact.UNSPECIFIED, ApplicationState.DISBURSED,
                    "300000.00", "0.0450", "2025-11-01", "2025-12-01"),
            loan(5, 104, "B1", "C", "140105", "INVENTION", "M1", ApplicationState.REJECTED, "800000.00", "0.0500",
                    "2026-02-15", null),
            loan(6, 104, "B1", "C", "140105", "INVENTION", "M1", ApplicationState.SUBMITTED, "400000.00", "0.0500",
                    "2026-03-10", null),
            loan(7, 105, "B1", "C", "140105", "INVENTION", "M1", ApplicationState.DISBURSED, "600000.00", "0.0400",
                    "2026-03-20", "2026-04-02"),
            loan(8, 106, "B1", "C", "140105", "INVENTION", "M1", ApplicationState.WITHDRAWN, "700000.00", "0.0450",
                    "2026-01-20", null),
            loan(9, 107, "B2", "C", "140105", "INVENTION", "M1", ApplicationState.DECLINED, "250000.00", "0.0400",
                    "2026-03-01", null));

    private final LoanStatisticsCalculator calculator = new LoanStatisticsCalculator();

    @Test
    void totalsMatchHandWorkedFigures() {
        Totals totals = calculator.compute(LOANS, Q1).totals();

        assertThat(totals.issuedCount()).isEqualTo(3);
        assertThat(totals.issuedAmount()).isEqualTo(Money.of("3500000.00"));
        assertThat(totals.outstandingCount()).isEqualTo(3);
        assertThat(totals.outstandingAmount()).isEqualTo(Money.of("1800000.00"));
        assertThat(totals.defaultedCount()).isEqualTo(1);
        assertThat(totals.defaultedAmount()).isEqualTo(Money.of("500000.00"));
        assertThat(totals.nplRatio()).isEqualByComparingTo("0.2778");
        assertThat(totals.averageRate()).isEqualByComparingTo("0.032857");
        assertThat(totals.enterprisesServed()).isEqualTo(2);
        assertThat(totals.submittedCount()).isEqualTo(8);
        assertThat(totals.approvedCount()).isEqualTo(4);
        assertThat(totals.refusedCount()).isEqualTo(2);
        assertThat(totals.approvalRate()).isEqualByComparingTo("0.6667");
        assertThat(totals.averageDaysToDisbursement()).isEqualByComparingTo("26.7");
    }

    @Test
    void groupsByBankSortedByAmountIssued() {
        List<GroupTotal> banks = calculator.compute(LOANS, Q1).groups().get(LoanDimension.BANK);

        assertThat(banks).containsExactly(
                new GroupTotal("B2", 1, Money.of("2000000.00"), 1, Money.of("300000.00")),
                new GroupTotal("B1", 2, Money.of("1500000.00"), 2, Money.of("1500000.00")));
    }

    @Test
    void groupsByDistrictKeepOutstandingOnlyGroups() {
        List<GroupTotal> districts = calculator.compute(LOANS, Q1).groups().get(LoanDimension.DISTRICT);

        assertThat(districts).containsExactly(
                new GroupTotal("140105", 2, Money.of("3000000.00"), 1, Money.of("1000000.00")),
                new GroupTotal("140106", 1, Money.of("500000.00"), 1, Money.of("500000.00")),
                new GroupTotal("140200", 0, Money.ZERO, 1, Money.of("300000.00")));
    }

    @Test
    void groupsByIpTypeAndModel() {
        LoanStatistics statistics = calculator.compute(LOANS, Q1);

        assertThat(statistics.groups().get(LoanDimension.IP_TYPE)).containsExactly(
                new GroupTotal(LoanFact.MIXED, 1, Money.of("2000000.00"), 0, Money.ZERO),
                new GroupTotal("INVENTION", 1, Money.of("1000000.00"), 1, Money.of("1000000.00")),
                new GroupTotal("UTILITY_MODEL", 1, Money.of("500000.00"), 1, Money.of("500000.00")),
                new GroupTotal("TRADEMARK", 0, Money.ZERO, 1, Money.of("300000.00")));
        assertThat(statistics.groups().get(LoanDimension.FINANCING_MODEL)).containsExactly(
                new GroupTotal("M1", 2, Money.of("3000000.00"), 1, Money.of("1000000.00")),
                new GroupTotal("M2", 1, Money.of("500000.00"), 1, Money.of("500000.00")),
                new GroupTotal(LoanFact.UNSPECIFIED, 0, Money.ZERO, 1, Money.of("300000.00")));
    }

    @Test
    void monthlySeriesHasEveryMonth() {
        List<StepTotal> series = calculator.compute(LOANS, Q1).series();

        assertThat(series).containsExactly(
                new StepTotal("2026-01", 1, Money.of("1000000.00")),
                new StepTotal("2026-02", 1, Money.of("500000.00")),
                new StepTotal("2026-03", 1, Money.of("2000000.00")));
    }

    @Test
    void quarterlySeriesSumsTheQuarter() {
        StatisticsPeriod quarterly = new StatisticsPeriod(Q1.from(), Q1.to(), Granularity.QUARTER);

        assertThat(calculator.compute(LOANS, quarterly).series())
                .containsExactly(new StepTotal("2026-Q1", 3, Money.of("3500000.00")));
    }

    @Test
    void emptyPeriodHasNoRatios() {
        StatisticsPeriod empty = new StatisticsPeriod(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31),
                Granularity.YEAR);

        Totals totals = calculator.compute(LOANS, empty).totals();

        assertThat(totals.issuedCount()).isZero();
        assertThat(totals.issuedAmount()).isEqualTo(Money.ZERO);
        assertThat(totals.nplRatio()).isNull();
        assertThat(totals.averageRate()).isNull();
        assertThat(totals.approvalRate()).isNull();
        assertThat(totals.averageDaysToDisbursement()).isNull();
    }

    @Test
    void outstandingDeductsRepaidPrincipal() {
        LoanFact repaid = withRepaid(LOANS.get(0), "250000.00");
        LoanFact defaultedRepaid = withRepaid(LOANS.get(1), "100000.00");
        List<LoanFact> loans = List.of(repaid, defaultedRepaid, LOANS.get(3), withRepaid(LOANS.get(6), "900000.00"));

        Totals totals = calculator.compute(loans, Q1).totals();
        GroupTotal bankOne = calculator.compute(loans, Q1).groups().get(LoanDimension.BANK).stream()
                .filter(group -> group.key().equals("B1")).findFirst().orElseThrow();

        // 750,000 + 400,000 + 300,000; the loan disbursed in April is not outstanding on 31 March
        assertThat(totals.outstandingAmount()).isEqualTo(Money.of("1450000.00"));
        assertThat(totals.defaultedAmount()).isEqualTo(Money.of("400000.00"));
        assertThat(totals.nplRatio()).isEqualByComparingTo("0.2759");
        assertThat(totals.issuedAmount()).isEqualTo(Money.of("1500000.00"));
        assertThat(bankOne.outstandingAmount()).isEqualTo(Money.of("1150000.00"));
    }

    @Test
    void overpaidLoanOwesZero() {
        assertThat(withRepaid(LOANS.get(0), "1000000.01").outstandingPrincipal()).isEqualTo(Money.ZERO);
    }

    private static LoanFact withRepaid(LoanFact fact, String principalRepaid) {
        return new LoanFact(fact.loanId(), fact.applicantId(), fact.bank(), fact.industry(), fact.district(),
                fact.ipType(), fact.financingModel(), fact.state(), fact.amount(), fact.annualRate(),
                fact.submittedOn(), fact.disbursedOn(), Money.of(principalRepaid));
    }

    static LoanFact loan(long id, long applicant, String bank, String industry, String district, String ipType,
            String model, ApplicationState state, String amount, String rate, String submittedOn,
            String disbursedOn) {
        return new LoanFact(id, applicant, bank, industry, district, ipType, model, state, Money.of(amount),
                new BigDecimal(rate), LocalDate.parse(submittedOn),
                disbursedOn == null ? null : LocalDate.parse(disbursedOn));
    }
}
