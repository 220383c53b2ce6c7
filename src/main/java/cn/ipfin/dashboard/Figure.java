package cn.ipfin.dashboard;

import java.math.BigDecimal;

/** One headline statistic: its message key, unit and value; the value is null when it is not defined. */
public record Figure(String key, FigureUnit unit, BigDecimal value) {

    /** Creates a figure from a number as JDBC returns it, such as a {@code Long} count or a {@code BigDecimal} sum. */
    public static Figure ofNumber(String key, FigureUnit unit, Number value) {
        return new Figure(key, unit, value == null ? null : new BigDecimal(value.toString()));
    }
}
