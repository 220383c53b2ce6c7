package cn.ipfin.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import cn.ipfin.dashboard.StatTable.Column;
import cn.ipfin.dashboard.StatTable.Row;
import cn.ipfin.valuation.ValuationAssignmentService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Signed valuation reports over the period. The bank filter of the query does not apply, because a report
 * belongs to its requester and evaluator, not to a lending bank.
 */
@Component
@Order(20)
class ValuationMetrics implements MetricProvider {

    private final ValuationAssignmentService valuations;
    private final ValuationStatisticsCalculator calculator = new ValuationStatisticsCalculator();

    ValuationMetrics(ValuationAssignmentService valuations) {
        this.valuations = valuations;
    }

    @Override
    public MetricSection section(DashboardQuery query, Locale locale) {
        StatisticsPeriod period = query.period();
        ValuationStatistics statistics = calculator.compute(
                valuations.signedReportTotals(period.from(), period.to()), period);
        List<Figure> figures = List.of(
                new Figure("dashboard.figure.valuationCount", FigureUnit.COUNT,
                        BigDecimal.valueOf(statistics.reportCount())),
                new Figure("dashboard.figure.valuationValue", FigureUnit.YUAN, statistics.totalValue().amount())
                        .basedOn(statistics.reportCount()));
        List<Row> rows = statistics.series().stream().map(step -> new Row(step.label(), step.label(),
                List.of(BigDecimal.valueOf(step.reportCount()), step.totalValue().amount()))).toList();
        StatTable series = new StatTable("valuations_over_time", ChartKind.LINE, true, List.of(
                new Column("dashboard.column.valuationCount", FigureUnit.COUNT),
                new Column("dashboard.column.valuationValue", FigureUnit.YUAN)), rows);
        return new MetricSection("valuations", figures, List.of(series));
    }
}
