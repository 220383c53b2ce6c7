package cn.ipfin.dashboard;

import java.math.BigDecimal;

/**
 * One headline statistic: its message key, unit and value; the value is null when it is not defined or withheld.
 *
 * @param basis how many loans or cases the value is computed from, or null when it does not describe loans or
 *              cases; the public view withholds a value drawn from fewer than {@link StatTable#PUBLIC_MINIMUM}
 */
public record Figure(String key, FigureUnit unit, BigDecimal value, Long basis) {

    public Figure(String key, FigureUnit unit, BigDecimal value) {
        this(key, unit, value, null);
    }

    /** Creates a figure from a number as JDBC returns it, such as a {@code Long} count or a {@code BigDecimal} sum. */
    public static Figure ofNumber(String key, FigureUnit unit, Number value) {
        return new Figure(key, unit, value == null ? null : new BigDecimal(value.toString()));
    }

    /** Returns this figure computed from the given number of loans or cases. */
    Figure basedOn(long count) {
        return new Figure(key, unit, value, count);
    }

    /** Returns this figure for the public page: without its value when so few loans or cases make it up. */
    Figure publicView() {
        return basis != null && basis > 0 && basis < StatTable.PUBLIC_MINIMUM ? new Figure(key, unit, null, basis)
                : this;
    }
}
