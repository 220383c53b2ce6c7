package cn.ipfin.credit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * Computes the quantitative rating ratios from two consecutive years of statements. Each ratio is a fraction
 * rounded HALF_UP to four decimal places (0.3500 is 35 %); a ratio whose denominator is zero is left out.
 */
public final class FinancialRatios {

    private static final int SCALE = 4;

    private FinancialRatios() {
    }

    /**
     * Returns the ratios of {@code latest}; {@code previous} is the year before and may be null, in which case
     * revenue growth is left out.
     */
    public static Map<RatingFactor, BigDecimal> of(StatementFigures latest, StatementFigures previous) {
        Map<RatingFactor, BigDecimal> ratios = new EnumMap<>(RatingFactor.class);
        BigDecimal revenue = latest.value(StatementItem.OPERATING_REVENUE);
        BigDecimal liabilities = latest.value(StatementItem.TOTAL_LIABILITIES);
        put(ratios, RatingFactor.DEBT_RATIO, liabilities, latest.value(StatementItem.TOTAL_ASSETS));
        put(ratios, RatingFactor.CURRENT_RATIO, latest.value(StatementItem.CURRENT_ASSETS),
                latest.value(StatementItem.CURRENT_LIABILITIES));
        put(ratios, RatingFactor.NET_MARGIN, latest.value(StatementItem.NET_PROFIT), revenue);
        put(ratios, RatingFactor.RD_INTENSITY, latest.value(StatementItem.RD_EXPENSE), revenue);
        put(ratios, RatingFactor.OPERATING_CASH_TO_LIABILITIES, latest.value(StatementItem.OPERATING_CASH_FLOW),
                liabilities);
        if (previous != null) {
            BigDecimal previousRevenue = previous.value(StatementItem.OPERATING_REVENUE);
            put(ratios, RatingFactor.REVENUE_GROWTH,
                    revenue == null || previousRevenue == null ? null : revenue.subtract(previousRevenue),
                    previousRevenue);
        }
        return ratios;
    }

    private static void put(Map<RatingFactor, BigDecimal> ratios, RatingFactor factor, BigDecimal numerator,
            BigDecimal denominator) {
        if (numerator != null && denominator != null && denominator.signum() != 0) {
            ratios.put(factor, numerator.divide(denominator, SCALE, RoundingMode.HALF_UP));
        }
    }
}
