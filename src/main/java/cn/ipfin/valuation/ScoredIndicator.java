package cn.ipfin.valuation;

import java.math.BigDecimal;

/**
 * The score of one indicator of the patent value index and where it came from.
 *
 * @param indicator the indicator
 * @param score     from 0 to 10
 * @param source    whether the platform derived the score from registry data or an evaluator gave it
 * @param basis     the data the derived score rests on, such as {@code 剩余 12.5 年}; {@code null} for
 *                  evaluator scores
 */
public record ScoredIndicator(ValueIndicator indicator, BigDecimal score, ScoreSource source, String basis) {

    /** Origin of an indicator score. */
    public enum ScoreSource {
        DERIVED, EVALUATOR
    }

    public static ScoredIndicator byEvaluator(ValueIndicator indicator, BigDecimal score) {
        return new ScoredIndicator(indicator, score, ScoreSource.EVALUATOR, null);
    }
}
