package cn.ipfin.dashboard.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import cn.ipfin.dashboard.Dashboard;
import cn.ipfin.dashboard.DashboardQuery;
import cn.ipfin.dashboard.DashboardService;
import cn.ipfin.dashboard.StatisticsPeriod;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Statistics for the charts: the full dashboard for government, operator and admin users, and the public view
 * (aggregates only, no bank table) for anyone.
 */
@RestController
public class DashboardApiController {

    private final DashboardService dashboards;
    private final MessageSource messages;
    private final Clock clock;

    DashboardApiController(DashboardService dashboards, MessageSource messages, Clock clock) {
        this.dashboards = dashboards;
        this.messages = messages;
        this.clock = clock;
    }

    /** Returns the dashboard. {@code from} and {@code to} are ISO dates, {@code granularity} is MONTH, QUARTER or YEAR. */
    @GetMapping("/api/v1/dashboard/summary")
    @PreAuthorize("hasAnyRole('GOVERNMENT', 'OPERATOR', 'ADMIN')")
    public DashboardResponse summary(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String granularity,
            @RequestParam(required = false) Long bankId, Locale locale) {
        StatisticsPeriod period = StatisticsPeriod.parse(from, to, granularity, LocalDate.now(clock));
        return DashboardResponse.of(dashboards.dashboard(new DashboardQuery(period, bankId), locale), messages,
                locale);
    }

    /**
     * Returns the public statistics: the same figures and every table except the one per bank, with groups and
     * amounts of fewer than three loans or cases withheld as on the public page.
     */
    @GetMapping("/api/v1/statistics/summary")
    public DashboardResponse publicSummary(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String granularity,
            Locale locale) {
        StatisticsPeriod period = StatisticsPeriod.parse(from, to, granularity, LocalDate.now(clock));
        Dashboard dashboard = dashboards.dashboard(new DashboardQuery(period, null), locale);
        return DashboardResponse.of(dashboard.publicView(messages.getMessage("statistics.otherGroups", null, locale)),
                messages, locale);
    }
}
