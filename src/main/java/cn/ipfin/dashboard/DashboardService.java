package cn.ipfin.dashboard;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the dashboard from every {@link MetricProvider}. It applies no per-organisation visibility: callers
 * let only government, operator and admin users see the full dashboard, and the public page shows
 * {@link Dashboard#publicView(String)}.
 */
@Service
public class DashboardService {

    private static final Logger log = LoggerFactory.getLogger(DashboardService.class);

    private final List<MetricProvider> providers;

    DashboardService(List<MetricProvider> providers) {
        this.providers = providers;
    }

    @Transactional(readOnly = true)
    public Dashboard dashboard(DashboardQuery query, Locale locale) {
        long started = System.nanoTime();
        List<MetricSection> sections = providers.stream().map(provider -> provider.section(query, locale)).toList();
        log.debug("Dashboard for {} to {} (bank {}) built in {} ms", query.period().from(), query.period().to(),
                query.bankId(), (System.nanoTime() - started) / 1_000_000);
        return new Dashboard(query, sections);
    }
}
