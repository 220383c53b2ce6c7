package cn.ipfin.core.calendar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import cn.ipfin.core.calendar.WorkingDayCalendar.DayKind;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads the working-day calendar from the {@code calendar_exception} table and keeps it in the cache. */
@Service
public class WorkingDayCalendarService {

    private final JdbcTemplate jdbc;

    WorkingDayCalendarService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Cacheable("working-day-calendar")
    public WorkingDayCalendar calendar() {
        Map<LocalDate, DayKind> exceptions = new HashMap<>();
        jdbc.query("select day, kind from calendar_exception", row -> {
            exceptions.put(row.getObject("day", LocalDate.class), DayKind.valueOf(row.getString("kind")));
        });
        return new WorkingDayCalendar(exceptions);
    }

    /** Records a holiday or an adjusted working day, replacing any entry for the same date. */
    @Transactional
    @CacheEvict(cacheNames = "working-day-calendar", allEntries = true)
    public void setException(LocalDate day, DayKind kind, String name) {
        jdbc.update("""
                insert into calendar_exception (day, kind, name) values (?, ?, ?)
                on conflict (day) do update set kind = excluded.kind, name = excluded.name
                """, day, kind.name(), name);
    }
}
