package cn.ipfin.dashboard;

import java.util.List;

/** The statistics of one period from every {@link MetricProvider}, in the providers' order. */
public record Dashboard(DashboardQuery query, List<MetricSection> sections) {

    /**
     * Returns the statistics that the public page may show: only the public tables, with every group of fewer than
     * {@link StatTable#PUBLIC_MINIMUM} loans merged into one row labelled {@code otherLabel}, and no headline
     * amount drawn from so few loans or cases.
     */
    public Dashboard publicView(String otherLabel) {
        return new Dashboard(query, sections.stream().map(section -> section.publicView(otherLabel)).toList());
    }
}
