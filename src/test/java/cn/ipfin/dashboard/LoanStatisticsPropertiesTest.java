package cn.ipfin.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.ipfin.core.money.Money;
import cn.ipfin.loan.ApplicationState;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every breakdown and the time series add up to the headline totals, whatever the loans. */
class LoanStatisticsPropertiesTest {

    private static final StatisticsPeriod YEAR = new StatisticsPeriod(LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31), Granularity.QUARTER);

    private final LoanStatisticsCalculator calculator = new LoanStatisticsCalculator();

    @Property(tries = 200)
    void breakdownsAddUpToTotals(@ForAll("loans") List<LoanFact> loans) {
        LoanStatistics statistics = calculator.compute(loans, YEAR);

        for (LoanDimension dimension : LoanDimension.values()) {
            List<LoanStatistics.GroupTotal> groups = statistics.groups().get(dimension);
            assertThat(groups.stream().mapToLong(LoanStatistics.GroupTotal::issuedCount).sum())
                    .isEqualTo(statistics.totals().issuedCount());
            assertThat(groups.stream().map(LoanStatistics.GroupTotal::issuedAmount).reduce(Money.ZERO, Money::plus))
                    .isEqualTo(statistics.totals().issuedAmount());
            assertThat(groups.stream().map(LoanStatistics.GroupTotal::outstandingAmount)
                    .reduce(Money.ZERO, Money::plus)).isEqualTo(statistics.totals().outstandingAmount());
        }
        assertThat(statistics.series().stream().map(LoanStatistics.StepTotal::issuedAmount)
                .reduce(Money.ZERO, Money::plus)).isEqualTo(statistics.totals().issuedAmount());
    }

    @Property(tries = 200)
    void ratiosStayBetweenZeroAndOne(@ForAll("loans") List<LoanFact> loans) {
        LoanStatistics.Totals totals = calculator.compute(loans, YEAR).totals();

        if (totals.nplRatio() != null) {
            assertThat(totals.nplRatio()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
        }
        if (totals.approvalRate() != null) {
            assertThat(totals.approvalRate()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
        }
    }

    @Provide
    Arbitrary<List<LoanFact>> loans() {
        Arbitrary<LoanFact> loan = Combinators.combine(
                Arbitraries.longs().between(1, 20),
                Arbitraries.of("B1", "B2", "B3"),
                Arbitraries.of("140105", "140200", LoanFact.UNSPECIFIED),
                Arbitraries.of(ApplicationState.values()),
                Arbitraries.longs().between(1_000, 50_000_000),
                Arbitraries.integers().between(0, 700),
                Arbitraries.integers().between(0, 120))
                .as((applicant, bank, district, state, fen, submittedDay, waitDays) -> {
                    LocalDate submitted = LocalDate.of(2025, 6, 1).plusDays(submittedDay);
                    boolean lent = LoanStatisticsCalculator.APPROVED.contains(state)
                            && state != ApplicationState.APPROVED && state != ApplicationState.REGISTERED;
                    return new LoanFact(fen, applicant, bank, "C", district, "INVENTION", "M1", state,
                            Money.of(BigDecimal.valueOf(fen, 2)), new BigDecimal("0.0400"), submitted,
                            lent ? submitted.plusDays(waitDays) : null);
                });
        return loan.list().ofMaxSize(40);
    }
}
