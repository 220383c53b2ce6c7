package cn.ipfin.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import cn.ipfin.core.calendar.WorkingDayCalendar.DayKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Dates of the 2025 Spring Festival and National Day arrangements and of the 2026 Spring Festival. */
class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = new WorkingDayCalendar(Map.ofEntries(
            Map.entry(LocalDate.of(2025, 1, 26), DayKind.WORKING_DAY),
            Map.entry(LocalDate.of(2025, 1, 28), DayKind.HOLIDAY), Map.entry(LocalDate.of(2025, 1, 29), DayKind.HOLIDAY),
            Map.entry(LocalDate.of(2025, 1, 30), DayKind.HOLIDAY), Map.entry(LocalDate.of(2025, 1, 31), DayKind.HOLIDAY),
            Map.entry(LocalDate.of(2025, 2, 3), DayKind.HOLIDAY), Map.entry(LocalDate.of(2025, 2, 4), DayKind.HOLIDAY),
            Map.entry(LocalDate.of(2025, 2, 8), DayKind.WORKING_DAY),
            Map.entry(LocalDate.of(2025, 10, 1), DayKind.HOLIDAY), Map.entry(LocalDate.of(2025, 10, 2), DayKind.HOLIDAY),
            Map.entry(LocalDate.of(2025, 10, 3), DayKind.HOLIDAY), Map.entry(LocalDate.of(2025, 10, 6), DayKind.HOLIDAY),
            Map.entry(LocalDate.of(2025, 10, 7), DayKind.HOLIDAY), Map.entry(LocalDate.of(2025, 10, 8), DayKind.HOLIDAY),
            Map.entry(LocalDate.of(2026, 2, 14), DayKind.WORKING_DAY),
            Map.entry(LocalDate.of(2026, 2, 16), DayKind.HOLIDAY), Map.entry(LocalDate.of(2026, 2, 17), DayKind.HOLIDAY),
            Map.entry(LocalDate.of(2026, 2, 18), DayKind.HOLIDAY), Map.entry(LocalDate.of(2026, 2, 19), DayKind.HOLIDAY),
            Map.entry(LocalDate.of(2026, 2, 20), DayKind.HOLIDAY), Map.entry(LocalDate.of(2026, 2, 23), DayKind.HOLIDAY)));

    @ParameterizedTest
    @CsvSource({
            // An ordinary Friday: the next working day is Monday.
            "2025-03-07, 1, 2025-03-10",
            // Friday before the Spring Festival: Sunday 26 January 2025 is an adjusted working day.
            "2025-01-24, 1, 2025-01-26",
            // Monday 27 January: the holiday runs from 28 January to 4 February.
            "2025-01-27, 1, 2025-02-05",
            // Saturday 8 February is an adjusted working day.
            "2025-02-07, 1, 2025-02-08",
            // National Day and Mid-Autumn: 1 to 8 October 2025 are off.
            "2025-09-30, 1, 2025-10-09",
            "2026-02-13, 1, 2026-02-14",
            "2026-02-13, 2, 2026-02-24",
            "2025-03-07, 0, 2025-03-07"})
    void addsWorkingDays(LocalDate start, int days, LocalDate expected) {
        assertThat(calendar.plusWorkingDays(start, days)).isEqualTo(expected);
    }

    @Test
    void countsWorkingDaysAcrossSpringFestival() {
        // 26 and 27 January, then 5, 6 and 7 February.
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 1, 24), LocalDate.of(2025, 2, 7))).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 2, 7), LocalDate.of(2025, 2, 7))).isZero();
    }

    @Test
    void weekendIsOffUnlessListed() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 8))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 8))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 8))).isFalse();
    }

    @Test
    void rejectsNegativeDays() {
        assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2025, 3, 7), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
