package cn.ipfin.dashboard;

import java.util.List;

/** The statistics one source contributes to the dashboard: headline figures and tables with charts. */
public record MetricSection(String key, List<Figure> figures, List<StatTable> tables) {

    /** Returns the public tables, and the figures and rows that describe enough loans or cases to name none. */
    MetricSection publicView(String otherLabel) {
        return new MetricSection(key, figures.stream().map(Figure::publicView).toList(),
                tables.stream().filter(StatTable::publicView).map(table -> table.withSmallRowsHidden(otherLabel))
                        .toList());
    }
}
