package cn.ipfin.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The step of a time series: calendar month, quarter or year. */
public enum Granularity {
    MONTH, QUARTER, YEAR;

    /** Returns the label of the step that contains the date: {@code 2026-03}, {@code 2026-Q1} or {@code 2026}. */
    public String labelOf(LocalDate date) {
        return switch (this) {
            case MONTH -> String.format("%d-%02d", date.getYear(), date.getMonthValue());
            case QUARTER -> date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
            case YEAR -> String.valueOf(date.getYear());
        };
    }

    /** Returns the labels of every step that overlaps {@code from}..{@code to}, oldest first. */
    public List<String> labelsBetween(LocalDate from, LocalDate to) {
        List<String> labels = new ArrayList<>();
        LocalDate start = startOf(from);
        for (LocalDate step = start; !step.isAfter(to); step = next(step)) {
            labels.add(labelOf(step));
        }
        return labels;
    }

    private LocalDate startOf(LocalDate date) {
        return switch (this) {
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    private LocalDate next(LocalDate start) {
        return switch (this) {
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
    }

    public String messageKey() {
        return "dashboard.granularity." + name();
    }
}
