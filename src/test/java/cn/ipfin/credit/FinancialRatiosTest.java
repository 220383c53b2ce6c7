package cn.ipfin.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Ratios from statements, worked out by hand and rounded HALF_UP to four places. */
class FinancialRatiosTest {

    @Test
    void ratiosOfABalancedYear() {
        Map<RatingFactor, BigDecimal> ratios = FinancialRatios.of(year(2025, "12000000.00"), year(2024, "10000000.00"));

        assertThat(ratios.get(RatingFactor.DEBT_RATIO)).isEqualByComparingTo("0.3750");
        assertThat(ratios.get(RatingFactor.CURRENT_RATIO)).isEqualByComparingTo("2.5000");
        assertThat(ratios.get(RatingFactor.REVENUE_GROWTH)).isEqualByComparingTo("0.2000");
        assertThat(ratios.get(RatingFactor.NET_MARGIN)).isEqualByComparingTo("0.0850");
        assertThat(ratios.get(RatingFactor.RD_INTENSITY)).isEqualByComparingTo("0.0600");
        assertThat(ratios.get(RatingFactor.OPERATING_CASH_TO_LIABILITIES)).isEqualByComparingTo("0.3000");
    }

    @Test
    void ratiosRoundHalfUpToFourPlaces() {
        // growth (4000000 - 3000000) / 3000000 = 0.33333… and R&D 720000 / 4000000 = 0.18
        Map<RatingFactor, BigDecimal> ratios = FinancialRatios.of(year(2025, "4000000.00"), year(2024, "3000000.00"));

        assertThat(ratios.get(RatingFactor.REVENUE_GROWTH)).isEqualByComparingTo("0.3333");
        assertThat(ratios.get(RatingFactor.RD_INTENSITY)).isEqualByComparingTo("0.1800");
        // net margin 1020000 / 4000000 = 0.255
        assertThat(ratios.get(RatingFactor.NET_MARGIN)).isEqualByComparingTo("0.2550");
    }

    @Test
    void zeroDenominatorLeavesRatioOut() {
        Map<RatingFactor, BigDecimal> ratios = FinancialRatios.of(year(2025, "0.00"), null);

        assertThat(ratios).doesNotContainKeys(RatingFactor.NET_MARGIN, RatingFactor.RD_INTENSITY,
                RatingFactor.REVENUE_GROWTH);
        assertThat(ratios).containsKey(RatingFactor.DEBT_RATIO);
    }

    private static StatementFigures year(int year, String revenue) {
        Map<StatementItem, BigDecimal> values = new EnumMap<>(StatementItem.class);
        values.put(StatementItem.CURRENT_ASSETS, new BigDecimal("5000000.00"));
        values.put(StatementItem.TOTAL_ASSETS, new BigDecimal("8000000.00"));
        values.put(StatementItem.CURRENT_LIABILITIES, new BigDecimal("2000000.00"));
        values.put(StatementItem.TOTAL_LIABILITIES, new BigDecimal("3000000.00"));
        values.put(StatementItem.OWNERS_EQUITY, new BigDecimal("5000000.00"));
        values.put(StatementItem.OPERATING_REVENUE, new BigDecimal(revenue));
        values.put(StatementItem.NET_PROFIT, new BigDecimal("1020000.00"));
        values.put(StatementItem.OPERATING_CASH_FLOW, new BigDecimal("900000.00"));
        values.put(StatementItem.RD_EXPENSE, new BigDecimal("720000.00"));
        return new StatementFigures(year, values);
    }
}
