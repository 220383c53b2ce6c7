/** JSON endpoints under {@code /api/v1} that feed the dashboard and statistics charts. */
package cn.ipfin.dashboard.api;
