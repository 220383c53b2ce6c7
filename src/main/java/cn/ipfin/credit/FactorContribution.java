package cn.ipfin.credit;

import java.math.BigDecimal;

/**
 * What one factor added to a rating.
 *
 * @param factor        the factor
 * @param ratio         the ratio of a quantitative factor, or null for a qualitative one or a missing denominator
 * @param answer        the choice code of a qualitative factor, or null
 * @param points        points earned
 * @param maximumPoints the most this factor can earn in the model
 */
public record FactorContribution(RatingFactor factor, BigDecimal ratio, String answer, int points,
        int maximumPoints) {
}
