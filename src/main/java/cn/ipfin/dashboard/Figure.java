package cn.ipfin.dashboard;

import java.math.BigDecimal;

/** One headline statistic: its message key, unit and value; the value is null when it is not defined. */
public record Figure(String key, FigureUnit unit, BigDecimal value) {
}
