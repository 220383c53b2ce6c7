package cn.ipfin.dashboard.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import cn.ipfin.dashboard.FigureUnit;

/**
 * Formats statistics for pages and the PDF report: counts with thousands separators, yuan with 2 decimals,
 * fractions as percentages with 2 decimals and days with 1 decimal. A missing value is a dash.
 */
public final class FigureFormat {

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);

    public String text(FigureUnit unit, BigDecimal value) {
        if (value == null) {
            return "—";
        }
        return switch (unit) {
            case COUNT -> new DecimalFormat("#,##0", SYMBOLS).format(value);
            case YUAN -> new DecimalFormat("#,##0.00", SYMBOLS).format(value.setScale(2, RoundingMode.HALF_UP));
            case PERCENT -> value.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
            case DAYS -> value.setScale(1, RoundingMode.HALF_UP).toPlainString();
        };
    }
}
