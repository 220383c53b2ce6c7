package cn.ipfin.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.InvalidInputException.Violation;

/**
 * The dates a statistic covers, both inclusive, and the step of its time series. Flows (loans issued,
 * valuations) count what happened between {@code from} and {@code to}; stocks (outstanding loans) are taken at
 * {@code to}.
 */
public record StatisticsPeriod(LocalDate from, LocalDate to, Granularity granularity) {

    /** Longest period accepted, which keeps a monthly series at about 240 points. */
    public static final int MAX_YEARS = 20;

    public StatisticsPeriod {
        if (from == null) {
            throw InvalidInputException.of("from", "dashboard.period.from.missing");
        }
        if (to == null) {
            throw InvalidInputException.of("to", "dashboard.period.to.missing");
        }
        if (from.isAfter(to)) {
            throw InvalidInputException.of("to", "dashboard.period.reversed", from, to);
        }
        if (from.plusYears(MAX_YEARS).isBefore(to)) {
            throw InvalidInputException.of("from", "dashboard.period.tooLong", MAX_YEARS);
        }
        if (granularity == null) {
            granularity = Granularity.MONTH;
        }
    }

    /**
     * Parses request parameters, reporting every invalid one at once. A blank {@code from} is 1 January of
     * {@code today}'s year, a blank {@code to} is {@code today} and a blank granularity is MONTH.
     */
    public static StatisticsPeriod parse(String from, String to, String granularity, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        LocalDate start = parseDate("from", from, today.withDayOfYear(1), violations);
        LocalDate end = parseDate("to", to, today, violations);
        Granularity step = Granularity.MONTH;
        if (granularity != null && !granularity.isBlank()) {
            try {
                step = Granularity.valueOf(granularity.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                violations.add(new Violation("granularity", "dashboard.granularity.invalid", granularity));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new StatisticsPeriod(start, end, step);
    }

    private static LocalDate parseDate(String field, String text, LocalDate fallback, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "dashboard.period.date.invalid", text));
            return fallback;
        }
    }

    /** Returns the calendar month as a period with a monthly series, as the monthly report uses. */
    public static StatisticsPeriod month(YearMonth month) {
        return new StatisticsPeriod(month.atDay(1), month.atEndOfMonth(), Granularity.MONTH);
    }

    /** Returns whether the date lies in the period; a missing date does not. */
    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }
}
