package cn.ipfin.dashboard;

import java.util.List;

/** The statistics of one period from every {@link MetricProvider}, in the providers' order. */
public record Dashboard(DashboardQuery query, List<MetricSection> sections) {

    /** Returns the same statistics with only the tables that the public statistics page may show. */
    public Dashboard publicView() {
        return new Dashboard(query, sections.stream().map(MetricSection::publicView).toList());
    }
}
