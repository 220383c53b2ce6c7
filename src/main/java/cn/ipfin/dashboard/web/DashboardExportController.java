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
import cn.ipfin.dashboard.StatisticsPeriod;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads of the dashboard: the Excel workbook of the same figures and tables the page shows, and the monthly
 * PDF report. They are under {@code /api/v1} so that the page (by session) and system clients (by token) can
 * both fetch them. Invalid parameters get a 400 problem detail naming the field.
 */
@RestController
@PreAuthorize("hasAnyRole('GOVERNMENT', 'OPERATOR', 'ADMIN')")
class DashboardExportController {

    private final DashboardService dashboards;
    private final DashboardWorkbook workbooks;
    private final MonthlyReportPdf reports;
    private final Clock clock;

    DashboardExportController(DashboardService dashboards, DashboardWorkbook workbooks, MonthlyReportPdf reports,
            Clock clock) {
        this.dashboards = dashboards;
        this.workbooks = workbooks;
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/api/v1/dashboard/export.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String granularity,
            @RequestParam(required = false) Long bankId, Locale locale) {
        StatisticsPeriod period = StatisticsPeriod.parse(from, to, granularity, LocalDate.now(clock));
        Dashboard dashboard = dashboards.dashboard(new DashboardQuery(period, bankId), locale);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"statistics-" + period.from() + "-"
                        + period.to() + ".xlsx\"")
                .header(HttpHeaders.CONTENT_TYPE, DashboardWorkbook.CONTENT_TYPE)
                .body(workbooks.write(dashboard, locale));
    }

    /** Returns the PDF report of one calendar month over all banks, {@code month} written as {@code 2026-11}. */
    @GetMapping("/api/v1/dashboard/report.pdf")
    ResponseEntity<byte[]> monthlyReport(@RequestParam(required = false) String month, Locale locale) {
        YearMonth reportMonth = parseMonth(month);
        Dashboard dashboard = dashboards.dashboard(new DashboardQuery(StatisticsPeriod.month(reportMonth), null),
                locale);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"statistics-" + reportMonth + ".pdf\"")
                .contentType(MediaType.APPLICATION_PDF)
                .body(reports.write(dashboard, reportMonth, LocalDate.now(clock), locale));
    }

    private static YearMonth parseMonth(String month) {
        if (month == null || month.isBlank()) {
            throw InvalidInputException.of("month", "dashboard.report.month.missing");
        }
        try {
            return YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("month", "dashboard.report.month.invalid", month);
        }
    }
}
