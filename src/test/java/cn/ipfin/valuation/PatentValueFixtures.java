package cn.ipfin.valuation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Weights and scores shared by the patent value index tests; the weights equal version 1 of the migration. */
final class PatentValueFixtures {

    private PatentValueFixtures() {
    }

    static PatentValueWeights versionOne() {
        Map<ValueDegree, BigDecimal> degrees = new EnumMap<>(ValueDegree.class);
        degrees.put(ValueDegree.LEGAL, new BigDecimal("0.40"));
        degrees.put(ValueDegree.TECHNICAL, new BigDecimal("0.30"));
        degrees.put(ValueDegree.ECONOMIC, new BigDecimal("0.30"));
        Map<ValueIndicator, BigDecimal> indicators = new EnumMap<>(ValueIndicator.class);
        String[] weights = {"0.25", "0.15", "0.10", "0.10", "0.20", "0.10", "0.10",
            "0.25", "0.15", "0.20", "0.10", "0.15", "0.15",
            "0.25", "0.20", "0.20", "0.15", "0.20"};
        for (ValueIndicator indicator : ValueIndicator.values()) {
            indicators.put(indicator, new BigDecimal(weights[indicator.ordinal()]));
        }
        return new PatentValueWeights(1, degrees, indicators);
    }

    /** Scores in indicator order, all given by the evaluator. */
    static List<ScoredIndicator> scores(String... values) {
        List<ScoredIndicator> scores = new ArrayList<>();
        for (ValueIndicator indicator : ValueIndicator.values()) {
            scores.add(ScoredIndicator.byEvaluator(indicator, new BigDecimal(values[indicator.ordinal()])));
        }
        return scores;
    }
}
