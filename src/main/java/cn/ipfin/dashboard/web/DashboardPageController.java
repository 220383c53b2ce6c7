package cn.ipfin.dashboard.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
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
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The dashboard page (统计分析) with its charts, the Excel export of the same figures and the monthly PDF report. */
@Controller
@PreAuthorize("hasAnyRole('GOVERNMENT', 'OPERATOR', 'ADMIN')")
class DashboardPageController {

    /** Banks offered in the filter, sorted by name. */
    private static final int MAX_BANKS = 200;

    private final DashboardService dashboards;
    private final OrganizationService organizations;
    private final DashboardWorkbook workbooks;
    private final MonthlyReportPdf reports;
    private final MessageSource messages;
    private final Clock clock;

    DashboardPageController(DashboardService dashboards, OrganizationService organizations,
            DashboardWorkbook workbooks, MonthlyReportPdf reports, MessageSource messages, Clock clock) {
        this.dashboards = dashboards;
        this.organizations = organizations;
        this.workbooks = workbooks;
        this.reports = reports;
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

    @GetMapping("/dashboard/export.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String granularity,
            @RequestParam(required = false) Long bankId, Locale locale) {
        StatisticsPeriod period = StatisticsPeriod.parse(from, to, granularity, LocalDate.now(clock));
        Dashboard dashboard = dashboards.dashboard(new DashboardQuery(period, bankId), locale);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"dashboard-" + period.from() + "-"
                        + period.to() + ".xlsx\"")
                .header(HttpHeaders.CONTENT_TYPE, DashboardWorkbook.CONTENT_TYPE)
                .body(workbooks.write(dashboard, locale));
    }

    /** Returns the PDF report of one calendar month, {@code month} as {@code 2026-11}. */
    @GetMapping("/dashboard/report.pdf")
    ResponseEntity<byte[]> monthlyReport(@RequestParam String month, Locale locale) {
        YearMonth reportMonth;
        try {
            reportMonth = YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("month", "dashboard.report.month.invalid", month);
        }
        Dashboard dashboard = dashboards.dashboard(new DashboardQuery(StatisticsPeriod.month(reportMonth), null),
                locale);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"statistics-" + reportMonth + ".pdf\"")
                .contentType(MediaType.APPLICATION_PDF)
                .body(reports.write(dashboard, reportMonth, LocalDate.now(clock), locale));
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

    /** Shows bad export parameters, such as an unparseable month, as a 400 page naming the field. */
    @ExceptionHandler(InvalidInputException.class)
    String invalidInput(InvalidInputException e, HttpServletResponse response, Model model, Locale locale) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("status", HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("detail", String.join(" ", e.messagesByField(messages, locale).values()));
        return "error";
    }
}
