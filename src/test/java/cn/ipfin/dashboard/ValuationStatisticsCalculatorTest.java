package cn.ipfin.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.ipfin.core.money.Money;
import cn.ipfin.dashboard.ValuationStatistics.StepTotal;
import cn.ipfin.valuation.SignedReportTotal;
import org.junit.jupiter.api.Test;

class ValuationStatisticsCalculatorTest {

    @Test
    void sumsReportsPerMonthInsideThePeriod() {
        List<SignedReportTotal> days = List.of(
                new SignedReportTotal(LocalDate.of(2026, 1, 15), 2L, new BigDecimal("300000.00")),
                new SignedReportTotal(LocalDate.of(2026, 1, 31), 1L, new BigDecimal("100000.50")),
                new SignedReportTotal(LocalDate.of(2026, 3, 1), 1L, new BigDecimal("50000.00")),
                new SignedReportTotal(LocalDate.of(2026, 4, 1), 5L, new BigDecimal("999.00")));
        StatisticsPeriod q1 = new StatisticsPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31),
                Granularity.MONTH);

        ValuationStatistics statistics = new ValuationStatisticsCalculator().compute(days, q1);

        assertThat(statistics.reportCount()).isEqualTo(4);
        assertThat(statistics.totalValue()).isEqualTo(Money.of("450000.50"));
        assertThat(statistics.series()).containsExactly(
                new StepTotal("2026-01", 3, Money.of("400000.50")),
                new StepTotal("2026-02", 0, Money.ZERO),
                new StepTotal("2026-03", 1, Money.of("50000.00")));
    }
}
