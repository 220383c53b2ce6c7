package cn.ipfin.valuation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Derives the indicator scores of the patent value index that registry data determines, and lets them replace
 * the evaluator's scores for those indicators. These are the platform's rules, not an official scale:
 *
 * <ul>
 * <li>stability is 0 when the right has ended (lapsed, invalidated, expired, withdrawn or rejected);
 * otherwise the evaluator scores it;</li>
 * <li>remaining term: whole months from the business date to the expiry date divided by 12, capped at 10,
 * rounded HALF_UP to one decimal, so ten or more years left score 10; 0 when the right has ended;</li>
 * <li>multi-country filing from the family size: 1 or fewer scores 0, 2 scores 4, 3–4 score 6, 5–9 score 8,
 * 10 or more score 10;</li>
 * <li>scope of application from the claims count: claims / 2, capped at 10 (20 claims or more score 10).</li>
 * </ul>
 *
 * <p>When the data an indicator needs is unknown, the evaluator's score stays.
 */
public final class IndicatorDerivationCalculator {

    /**
     * Returns the evaluator's scores with every derivable indicator replaced by its derived score.
     *
     * @param evaluatorScores scores given by the evaluator; may omit the derivable indicators
     * @param facts           registry data of the patent
     * @param businessDate    the date the remaining term is counted from
     */
    public List<ScoredIndicator> merge(List<ScoredIndicator> evaluatorScores, PatentFacts facts,
            LocalDate businessDate) {
        Objects.requireNonNull(facts, "facts must not be null");
        Map<ValueIndicator, ScoredIndicator> merged = new EnumMap<>(ValueIndicator.class);
        if (evaluatorScores != null) {
            evaluatorScores.stream().filter(Objects::nonNull).forEach(s -> merged.put(s.indicator(),
                    ScoredIndicator.byEvaluator(s.indicator(), s.score())));
        }
        derive(facts, businessDate).forEach(s -> merged.put(s.indicator(), s));
        return new ArrayList<>(merged.values());
    }

    /** Returns the scores that the registry data determines. */
    public List<ScoredIndicator> derive(PatentFacts facts, LocalDate businessDate) {
        List<ScoredIndicator> derived = new ArrayList<>();
        if (facts.hasEnded()) {
            derived.add(derived(ValueIndicator.STABILITY, BigDecimal.ZERO, facts.legalStatus().name()));
            derived.add(derived(ValueIndicator.REMAINING_TERM, BigDecimal.ZERO, facts.legalStatus().name()));
        } else if (facts.expiryDate() != null) {
            long months = Math.max(0, ChronoUnit.MONTHS.between(businessDate, facts.expiryDate()));
            derived.add(derived(ValueIndicator.REMAINING_TERM, remainingTermScore(months), String.valueOf(months)));
        }
        if (facts.familySize() != null) {
            derived.add(derived(ValueIndicator.MULTI_COUNTRY_FILING, familyScore(facts.familySize()),
                    String.valueOf(facts.familySize())));
        }
        if (facts.claimsCount() != null) {
            BigDecimal score = BigDecimal.valueOf(facts.claimsCount()).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP)
                    .min(BigDecimal.TEN).max(BigDecimal.ZERO);
            derived.add(derived(ValueIndicator.SCOPE_OF_APPLICATION, score, String.valueOf(facts.claimsCount())));
        }
        return derived;
    }

    static BigDecimal remainingTermScore(long months) {
        return BigDecimal.valueOf(months).divide(BigDecimal.valueOf(12), 1, RoundingMode.HALF_UP).min(BigDecimal.TEN);
    }

    static BigDecimal familyScore(int familySize) {
        int score;
        if (familySize >= 10) {
            score = 10;
        } else if (familySize >= 5) {
            score = 8;
        } else if (familySize >= 3) {
            score = 6;
        } else if (familySize == 2) {
            score = 4;
        } else {
            score = 0;
        }
        return BigDecimal.valueOf(score);
    }

    private static ScoredIndicator derived(ValueIndicator indicator, BigDecimal score, String basis) {
        return new ScoredIndicator(indicator, score, ScoredIndicator.ScoreSource.DERIVED, basis);
    }
}
