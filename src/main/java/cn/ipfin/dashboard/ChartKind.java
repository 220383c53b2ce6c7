package cn.ipfin.dashboard;

/** The chart that shows a statistics table: bars per group, a line over time, or a pie of shares. */
public enum ChartKind {
    BAR, LINE, PIE
}
