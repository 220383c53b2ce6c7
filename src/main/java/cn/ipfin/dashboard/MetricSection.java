package cn.ipfin.dashboard;

import java.util.List;

/** The statistics one source contributes to the dashboard: headline figures and tables with charts. */
public record MetricSection(String key, List<Figure> figures, List<StatTable> tables) {

    MetricSection publicView() {
        return new MetricSection(key, figures, tables.stream().filter(StatTable::publicView).toList());
    }
}
