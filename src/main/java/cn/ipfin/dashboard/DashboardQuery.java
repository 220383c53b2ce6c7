package cn.ipfin.dashboard;

/** Parameters of a dashboard: the period and, optionally, the one lending bank whose loans alone are counted. */
public record DashboardQuery(StatisticsPeriod period, Long bankId) {
}
