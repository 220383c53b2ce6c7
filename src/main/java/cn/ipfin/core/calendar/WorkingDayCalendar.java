package cn.ipfin.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * The Chinese working-day calendar (工作日历): Monday to Friday are working days, except public holidays, and
 * some weekend days are working days by the State Council's yearly arrangement (调休上班).
 *
 * <p>The exceptions come from configuration; a date without an entry follows the weekday rule. Service-level
 * timers count working days with it, so a request on the Friday before the Spring Festival is not due during the
 * holiday.
 */
public final class WorkingDayCalendar {

    /** The kind of a listed date, which overrides the weekday rule. */
    public enum DayKind {
        HOLIDAY, WORKING_DAY
    }

    private final Map<LocalDate, DayKind> exceptions;

    public WorkingDayCalendar(Map<LocalDate, DayKind> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayKind listed = exceptions.get(date);
        if (listed != null) {
            return listed == DayKind.WORKING_DAY;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /**
     * Returns the date that lies the given number of working days after {@code start}; the start day itself is
     * not counted, so one working day after a Friday is the next Monday in a week without holidays.
     */
    public LocalDate plusWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("Working days must not be negative: " + workingDays);
        }
        LocalDate date = start;
        int counted = 0;
        while (counted < workingDays) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** Counts the working days after {@code from} up to and including {@code to}; 0 when {@code to} is not later. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }
}
