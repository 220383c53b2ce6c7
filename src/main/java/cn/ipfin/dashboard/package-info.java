/**
 * Dashboard module: statistics (统计分析) for government and operator dashboards and the public statistics page,
 * computed from other modules' public read sides, with charts, Excel export and a monthly PDF report.
 */
package cn.ipfin.dashboard;
