package cn.ipfin.dashboard.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.dashboard.DashboardQuery;
import cn.ipfin.dashboard.DashboardService;
import cn.ipfin.dashboard.Granularity;
import cn.ipfin.dashboard.StatisticsPeriod;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public statistics page (统计数据): the dashboard's figures and its tables by district, industry, IP type,
 * financing model and over time. It names no enterprise and shows no single loan: groups and amounts of fewer
 * than three loans or cases are withheld.
 */
@Controller
class StatisticsPageController {

    private final DashboardService dashboards;
    private final MessageSource messages;
    private final Clock clock;

    StatisticsPageController(DashboardService dashboards, MessageSource messages, Clock clock) {
        this.dashboards = dashboards;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/statistics")
    String show(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String granularity, Model model, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        StatisticsPeriod period;
        try {
            period = StatisticsPeriod.parse(from, to, granularity, today);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.messagesByField(messages, locale));
            period = StatisticsPeriod.parse(null, null, null, today);
        }
        String otherLabel = messages.getMessage("statistics.otherGroups", null, locale);
        model.addAttribute("dashboard", dashboards.dashboard(new DashboardQuery(period, null), locale)
                .publicView(otherLabel));
        model.addAttribute("period", period);
        model.addAttribute("granularities", Granularity.values());
        model.addAttribute("query", UriComponentsBuilder.newInstance().queryParam("from", period.from())
                .queryParam("to", period.to()).queryParam("granularity", period.granularity()).build()
                .toUriString());
        model.addAttribute("format", new FigureFormat());
        return "dashboard/statistics";
    }
}
