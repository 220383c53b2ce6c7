package cn.ipfin.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of statistics, one row per group or series step, and the chart that shows it. Only tables marked
 * {@code publicView} appear on the public statistics page; none of them names an enterprise.
 */
public record StatTable(String key, ChartKind chart, boolean publicView, List<Column> columns, List<Row> rows) {

    /** A column: message key and unit. */
    public record Column(String key, FigureUnit unit) {
    }

    /** A row: the group's key, its display label and one value per column. */
    public record Row(String key, String label, List<BigDecimal> values) {
    }

    /** Returns the sum of each additive column over all rows, and null for the other columns. */
    public List<BigDecimal> totals() {
        List<BigDecimal> totals = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            int column = i;
            totals.add(columns.get(i).unit().isAdditive()
                    ? rows.stream().map(row -> row.values().get(column)).reduce(BigDecimal.ZERO, BigDecimal::add)
                    : null);
        }
        return totals;
    }
}
