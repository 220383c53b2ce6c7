package cn.ipfin.servicedesk;

import java.time.LocalDate;

import cn.ipfin.core.calendar.WorkingDayCalendar;

/**
 * The service-level timer of a ticket, counted in working days of the Chinese working-day calendar: a ticket
 * created on a day is due the category's number of working days later, the creation day not counted. A ticket
 * breaches its SLA when it is resolved after the due date, or is still open on a later day.
 */
public final class TicketSla {

    private TicketSla() {
    }

    public static LocalDate dueOn(WorkingDayCalendar calendar, LocalDate createdOn, TicketCategory category) {
        return calendar.plusWorkingDays(createdOn, category.slaWorkingDays());
    }

    public static boolean isBreached(LocalDate dueOn, LocalDate resolvedOn, LocalDate today) {
        LocalDate end = resolvedOn != null ? resolvedOn : today;
        return end.isAfter(dueOn);
    }
}
