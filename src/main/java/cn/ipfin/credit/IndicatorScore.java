package cn.ipfin.credit;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Score of one indicator.
 *
 * @param indicator the indicator
 * @param value     the ratio rounded HALF_UP to four decimal places (0.2200 is 22 %), or the IP count
 * @param grade     the band letter, A for the highest band
 * @param points    points of that band
 * @param counted   whether the points enter the total; false for the weaker of the two R&amp;D ratios
 */
public record IndicatorScore(TechSmeIndicator indicator, BigDecimal value, String grade, int points,
        boolean counted) {

    public IndicatorScore {
        Objects.requireNonNull(indicator, "indicator must not be null");
        Objects.requireNonNull(value, "value must not be null");
        Objects.requireNonNull(grade, "grade must not be null");
    }

    /** Returns a copy with the given {@code counted} flag. */
    public IndicatorScore withCounted(boolean isCounted) {
        return new IndicatorScore(indicator, value, grade, points, isCounted);
    }
}
