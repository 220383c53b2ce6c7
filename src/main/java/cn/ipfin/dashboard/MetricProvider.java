package cn.ipfin.dashboard;

import java.util.Locale;

/**
 * A source of dashboard statistics, built on one module's public read side. Each provider is a Spring bean, and
 * the dashboard, its exports and the public page show every provider's section in {@code @Order} order.
 */
public interface MetricProvider {

    /** Computes this source's section for the query, with labels in the given language. */
    MetricSection section(DashboardQuery query, Locale locale);
}
