package cn.ipfin.valuation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.InvalidInputException.Violation;

/**
 * Computes the patent value index (专利价值度) PVD = α·LVD + β·TVD + γ·EVD.
 *
 * <p>Each degree is the weighted sum of its indicator scores: LVD = Σ wᵢ·sᵢ over the seven legal indicators,
 * TVD over the six technical ones and EVD over the five economic ones. Scores run from 0 to 10 with no unit,
 * so with weights that sum to 1 in every group each degree and PVD also lie in [0, 10].
 *
 * <p>Rounding: the degrees and PVD are computed exactly in {@link BigDecimal}; PVD uses the unrounded degrees,
 * and all four are then rounded HALF_UP to {@value #SCALE} decimal places. Instances are stateless.
 */
public final class PatentValueIndexCalculator {

    /** Decimal places of the degrees and of PVD. */
    public static final int SCALE = 2;

    private static final BigDecimal MAX_SCORE = BigDecimal.TEN;

    /**
     * Computes the index from one score for every indicator.
     *
     * @throws InvalidInputException naming each indicator whose score is missing or outside [0, 10], and the
     *                               weights when a group does not sum to 1
     */
    public PatentValueIndex calculate(List<ScoredIndicator> scores, PatentValueWeights weights) {
        Objects.requireNonNull(weights, "weights must not be null");
        weights.validate();
        Map<ValueIndicator, ScoredIndicator> byIndicator = checkedScores(scores);

        Map<ValueDegree, BigDecimal> degrees = new EnumMap<>(ValueDegree.class);
        for (ValueDegree degree : ValueDegree.values()) {
            degrees.put(degree, BigDecimal.ZERO);
        }
        for (ScoredIndicator scored : byIndicator.values()) {
            BigDecimal weighted = scored.score().multiply(weights.weightOf(scored.indicator()));
            degrees.merge(scored.indicator().degree(), weighted, BigDecimal::add);
        }
        BigDecimal index = BigDecimal.ZERO;
        for (ValueDegree degree : ValueDegree.values()) {
            index = index.add(weights.weightOf(degree).multiply(degrees.get(degree)));
        }

        return new PatentValueIndex(round(degrees.get(ValueDegree.LEGAL)), round(degrees.get(ValueDegree.TECHNICAL)),
                round(degrees.get(ValueDegree.ECONOMIC)), round(index), weights.version(),
                List.copyOf(byIndicator.values()));
    }

    private static Map<ValueIndicator, ScoredIndicator> checkedScores(List<ScoredIndicator> scores) {
        Map<ValueIndicator, ScoredIndicator> byIndicator = new EnumMap<>(ValueIndicator.class);
        if (scores != null) {
            scores.stream().filter(Objects::nonNull).forEach(s -> byIndicator.put(s.indicator(), s));
        }
        List<Violation> violations = new ArrayList<>();
        for (ValueIndicator indicator : ValueIndicator.values()) {
            ScoredIndicator scored = byIndicator.get(indicator);
            if (scored == null || scored.score() == null) {
                violations.add(new Violation("scores[" + indicator + "]", "valuation.pvd.score.required"));
            } else if (scored.score().signum() < 0 || scored.score().compareTo(MAX_SCORE) > 0) {
                violations.add(new Violation("scores[" + indicator + "]", "valuation.pvd.score.range"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return byIndicator;
    }

    private static BigDecimal round(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
