package cn.ipfin.dashboard.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.dashboard.Dashboard;
import cn.ipfin.dashboard.DashboardQuery;
import cn.ipfin.dashboard.DashboardService;
import cn.ipfin.dashboard.Granularity;
import cn.ipfin.dashboard.StatisticsPeriod;
import cn.ipfin.organization.OrganizationService;
import cn.ipfin.organization.OrganizationService.DirectoryQuery;
import cn.ipfin.organization.OrganizationType;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The dashboard page (统计分析): filters, headline figures, charts and links to the Excel and PDF exports. */
@Controller
@PreAuthorize("hasAnyRole('GOVERNMENT', 'OPERATOR', 'ADMIN')")
class DashboardPageController {

    /** Banks offered in the filter, sorted by name. */
    private static final int MAX_BANKS = 200;

    private final DashboardService dashboards;
    private final OrganizationService organizations;
    private final MessageSource messages;
    private final Clock clock;

    DashboardPageController(DashboardService dashboards, OrganizationService organizations,
            MessageSource messages, Clock clock) {
        this.dashboards = dashboards;
        this.organizations = organizations;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    String show(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String granularity, @RequestParam(required = false) Long bankId,
            Model model, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        StatisticsPeriod period;
        try {
            period = StatisticsPeriod.parse(from, to, granularity, today);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.messagesByField(messages, locale));
            period = StatisticsPeriod.parse(null, null, null, today);
        }
        Dashboard dashboard = dashboards.dashboard(new DashboardQuery(period, bankId), locale);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("period", period);
        model.addAttribute("bankId", bankId);
        model.addAttribute("granularities", Granularity.values());
        model.addAttribute("banks", organizations.directory(new DirectoryQuery(OrganizationType.BANK, null, null,
                null), PageRequest.of(0, MAX_BANKS, Sort.by("name"))).getContent());
        model.addAttribute("query", queryString(period, bankId));
        model.addAttribute("reportMonth", YearMonth.from(today.minusMonths(1)).toString());
        model.addAttribute("format", new FigureFormat());
        return "dashboard/dashboard";
    }

    private static String queryString(StatisticsPeriod period, Long bankId) {
        UriComponentsBuilder query = UriComponentsBuilder.newInstance()
                .queryParam("from", period.from()).queryParam("to", period.to())
                .queryParam("granularity", period.granularity());
        if (bankId != null) {
            query.queryParam("bankId", bankId);
        }
        return query.build().toUriString();
    }
}
