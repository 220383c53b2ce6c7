package cn.ipfin.roadshow.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import cn.ipfin.core.error.InvalidInputException;

/** Reads a {@code datetime-local} form value as a time in Beijing time (Asia/Shanghai). */
final class PageTimes {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private PageTimes() {
    }

    static Instant parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(BEIJING).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "roadshow.page.timeInvalid", value);
        }
    }
}
