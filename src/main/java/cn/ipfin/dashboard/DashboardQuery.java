package cn.ipfin.dashboard;

/** What the dashboard shows: a period and, optionally, the loans of one lending bank only. */
public record DashboardQuery(StatisticsPeriod period, Long bankId) {
}
