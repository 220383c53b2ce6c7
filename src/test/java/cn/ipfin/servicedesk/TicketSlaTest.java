package cn.ipfin.servicedesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import cn.ipfin.core.calendar.WorkingDayCalendar;
import cn.ipfin.core.calendar.WorkingDayCalendar.DayKind;
import org.junit.jupiter.api.Test;

/**
 * Due dates over a National Day holiday entered for this test: 1 to 8 October 2026 off, with Sunday 27 September
 * and Saturday 10 October as adjusted working days.
 */
class TicketSlaTest {

    private static final WorkingDayCalendar CALENDAR_2026 = new WorkingDayCalendar(Map.ofEntries(
            Map.entry(LocalDate.of(2026, 9, 27), DayKind.WORKING_DAY),
            Map.entry(LocalDate.of(2026, 10, 1), DayKind.HOLIDAY),
            Map.entry(LocalDate.of(2026, 10, 2), DayKind.HOLIDAY),
            Map.entry(LocalDate.of(2026, 10, 3), DayKind.HOLIDAY),
            Map.entry(LocalDate.of(2026, 10, 4), DayKind.HOLIDAY),
            Map.entry(LocalDate.of(2026, 10, 5), DayKind.HOLIDAY),
            Map.entry(LocalDate.of(2026, 10, 6), DayKind.HOLIDAY),
            Map.entry(LocalDate.of(2026, 10, 7), DayKind.HOLIDAY),
            Map.entry(LocalDate.of(2026, 10, 8), DayKind.HOLIDAY),
            Map.entry(LocalDate.of(2026, 10, 10), DayKind.WORKING_DAY)));

    @Test
    void policyTicketBeforeHolidayIsDueAfterIt() {
        // Wednesday 30 September + 3 working days: Friday 9, Saturday 10 (adjusted), Monday 12 October.
        LocalDate due = TicketSla.dueOn(CALENDAR_2026, LocalDate.of(2026, 9, 30), TicketCategory.POLICY);

        assertThat(due).isEqualTo(LocalDate.of(2026, 10, 12));
    }

    @Test
    void adjustedSundayCountsAsWorkingDay() {
        // Saturday 26 September + 1 working day is the adjusted Sunday 27 September.
        LocalDate due = TicketSla.dueOn(CALENDAR_2026, LocalDate.of(2026, 9, 26), TicketCategory.ACCOUNT);

        assertThat(due).isEqualTo(LocalDate.of(2026, 9, 27));
    }

    @Test
    void openTicketBreachesOnlyAfterDueDate() {
        LocalDate due = LocalDate.of(2026, 10, 12);

        assertThat(TicketSla.isBreached(due, null, due)).isFalse();
        assertThat(TicketSla.isBreached(due, null, due.plusDays(1))).isTrue();
    }

    @Test
    void resolvedTicketIsJudgedByResolutionDate() {
        LocalDate due = LocalDate.of(2026, 10, 12);

        assertThat(TicketSla.isBreached(due, LocalDate.of(2026, 10, 12), LocalDate.of(2026, 12, 1))).isFalse();
        assertThat(TicketSla.isBreached(due, LocalDate.of(2026, 10, 13), LocalDate.of(2026, 10, 13))).isTrue();
    }
}
