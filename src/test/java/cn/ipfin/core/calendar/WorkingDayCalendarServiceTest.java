package cn.ipfin.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import cn.ipfin.core.calendar.WorkingDayCalendar.DayKind;
import cn.ipfin.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class WorkingDayCalendarServiceTest extends IntegrationTest {

    @Autowired
    private WorkingDayCalendarService calendars;

    @Test
    void loadsSeededArrangements() {
        WorkingDayCalendar calendar = calendars.calendar();

        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse();
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
    }

    @Test
    void newExceptionTakesEffect() {
        LocalDate day = LocalDate.of(2031, 1, 1);
        assertThat(calendars.calendar().isWorkingDay(day)).isTrue();

        calendars.setException(day, DayKind.HOLIDAY, "元旦");

        assertThat(calendars.calendar().isWorkingDay(day)).isFalse();
    }
}
