package cn.ipfin.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A table of statistics, one row per group or series step, and the chart that shows it. Only tables marked
 * {@code publicView} appear on the public statistics page; none of them names an enterprise.
 */
public record StatTable(String key, ChartKind chart, boolean publicView, List<Column> columns, List<Row> rows) {

    /** The minimum number of loans or cases behind a group or figure shown on the public page. */
    public static final int PUBLIC_MINIMUM = 3;

    /** The key of the row that gathers the groups too small to show on the public page. */
    public static final String OTHER_KEY = "other";

    /** A column: message key and unit. */
    public record Column(String key, FigureUnit unit) {
    }

    /** A row: the group's key, its display label and one value per column; a withheld value is null. */
    public record Row(String key, String label, List<BigDecimal> values) {
    }

    /**
     * Returns the sum of each additive column over all rows, and null for the other columns and for a column with
     * a withheld value.
     */
    public List<BigDecimal> totals() {
        List<BigDecimal> totals = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            int column = i;
            boolean complete = rows.stream().allMatch(row -> row.values().get(column) != null);
            totals.add(columns.get(i).unit().isAdditive() && complete
                    ? rows.stream().map(row -> row.values().get(column)).reduce(BigDecimal.ZERO, BigDecimal::add)
                    : null);
        }
        return totals;
    }

    /**
     * Returns this table for the public page, where no row may describe fewer than {@link #PUBLIC_MINIMUM} loans:
     * a row is small when one of its count columns contains 1 or 2. A series keeps its steps and withholds the values
     * of the small ones. A breakdown merges its small rows into one row labelled {@code otherLabel}; while that
     * row is itself small, the smallest visible row joins it, so that no small group can be found by subtracting
     * the visible rows from the total. When even all rows together are small, the merged row's values are withheld.
     */
    StatTable withSmallRowsHidden(String otherLabel) {
        if (columns.stream().noneMatch(column -> column.unit() == FigureUnit.COUNT)) {
            return this;
        }
        if (chart == ChartKind.LINE) {
            // NOTE: a single withheld step can still be worked out from the headline figures minus the other steps.
            // Steps are not merged, because that would break the time axis.
            return withRows(rows.stream().map(row -> isSmall(row) ? withheld(row) : row).toList());
        }
        List<Row> visible = new ArrayList<>(rows.stream().filter(row -> !isSmall(row)).toList());
        List<Row> merged = new ArrayList<>(rows.stream().filter(this::isSmall).toList());
        if (merged.isEmpty()) {
            return this;
        }
        Row other = merge(merged, otherLabel);
        while (isSmall(other) && !visible.isEmpty()) {
            Row smallest = visible.stream().min(Comparator.comparing(this::loanCount)).orElseThrow();
            visible.remove(smallest);
            merged.add(smallest);
            other = merge(merged, otherLabel);
        }
        visible.add(isSmall(other) ? withheld(other) : other);
        return withRows(visible);
    }

    private StatTable withRows(List<Row> newRows) {
        return new StatTable(key, chart, publicView, columns, newRows);
    }

    /** Returns whether a count column of the row contains more than none but fewer than the public minimum. */
    private boolean isSmall(Row row) {
        for (int i = 0; i < columns.size(); i++) {
            BigDecimal value = row.values().get(i);
            if (columns.get(i).unit() == FigureUnit.COUNT && value != null && value.signum() > 0
                    && value.compareTo(BigDecimal.valueOf(PUBLIC_MINIMUM)) < 0) {
                return true;
            }
        }
        return false;
    }

    /** Returns the largest count of the row, used to pick the smallest group to merge. */
    private BigDecimal loanCount(Row row) {
        BigDecimal largest = BigDecimal.ZERO;
        for (int i = 0; i < columns.size(); i++) {
            BigDecimal value = row.values().get(i);
            if (columns.get(i).unit() == FigureUnit.COUNT && value != null) {
                largest = largest.max(value);
            }
        }
        return largest;
    }

    /** Sums the additive columns of the rows; a rate or average cannot be summed and is left empty. */
    private Row merge(List<Row> merged, String otherLabel) {
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            int column = i;
            values.add(columns.get(i).unit().isAdditive() ? merged.stream().map(row -> row.values().get(column))
                    .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add) : null);
        }
        return new Row(OTHER_KEY, otherLabel, values);
    }

    private static Row withheld(Row row) {
        return new Row(row.key(), row.label(), Arrays.asList(new BigDecimal[row.values().size()]));
    }
}
