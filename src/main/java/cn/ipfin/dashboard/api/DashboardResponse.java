package cn.ipfin.dashboard.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.ipfin.dashboard.ChartKind;
import cn.ipfin.dashboard.Dashboard;
import cn.ipfin.dashboard.Figure;
import cn.ipfin.dashboard.FigureUnit;
import cn.ipfin.dashboard.Granularity;
import cn.ipfin.dashboard.MetricSection;
import cn.ipfin.dashboard.StatTable;
import org.springframework.context.MessageSource;

/**
 * Dashboard statistics with their titles in the request's language. Percent values are fractions (0.0125 is
 * 1.25 %) and amounts are in yuan. A table's {@code totals} contains the sum of each count or amount column and
 * null for the other columns.
 */
public record DashboardResponse(LocalDate from, LocalDate to, Granularity granularity, Long bankId,
        List<Section> sections) {

    public record Section(String key, List<FigureItem> figures, List<Table> tables) {
    }

    public record FigureItem(String key, String title, FigureUnit unit, BigDecimal value) {
    }

    public record Table(String key, String title, ChartKind chart, List<Column> columns, List<StatTable.Row> rows,
            List<BigDecimal> totals) {
    }

    public record Column(String key, String title, FigureUnit unit) {
    }

    public static DashboardResponse of(Dashboard dashboard, MessageSource messages, Locale locale) {
        var period = dashboard.query().period();
        return new DashboardResponse(period.from(), period.to(), period.granularity(), dashboard.query().bankId(),
                dashboard.sections().stream().map(section -> section(section, messages, locale)).toList());
    }

    private static Section section(MetricSection section, MessageSource messages, Locale locale) {
        return new Section(section.key(),
                section.figures().stream().map(figure -> figure(figure, messages, locale)).toList(),
                section.tables().stream().map(table -> table(table, messages, locale)).toList());
    }

    private static FigureItem figure(Figure figure, MessageSource messages, Locale locale) {
        return new FigureItem(figure.key(), messages.getMessage(figure.key(), null, locale), figure.unit(),
                figure.value());
    }

    private static Table table(StatTable table, MessageSource messages, Locale locale) {
        List<Column> columns = table.columns().stream().map(column -> new Column(column.key(),
                messages.getMessage(column.key(), null, locale), column.unit())).toList();
        return new Table(table.key(), messages.getMessage("dashboard.table." + table.key(), null, locale),
                table.chart(), columns, table.rows(), table.totals());
    }
}
