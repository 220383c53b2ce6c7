package cn.ipfin.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.ipasset.LegalStatus;

class PatentValueIndexCalculatorTest {

    private final PatentValueIndexCalculator calculator = new PatentValueIndexCalculator();

    // LVD = 8·.25 + 7·.15 + 6·.10 + 5·.10 + 9.2·.20 + 4·.10 + 10·.10 = 7.39
    // TVD = 7·.25 + 8·.15 + 6.5·.20 + 5·.10 + 6·.15 + 7·.15 = 6.70
    // EVD = 6·.25 + 8·.20 + 4·.20 + 5·.15 + 9·.20 = 6.45
    // PVD = .40·7.39 + .30·6.70 + .30·6.45 = 6.901, shown 6.90
    @Test
    void goldenIndexWithVersionOneWeights() {
        PatentValueIndex index = calculator.calculate(PatentValueFixtures.scores(
                "8", "7", "6", "5", "9.2", "4", "10", "7", "8", "6.5", "5", "6", "7", "6", "8", "4", "5", "9"),
                PatentValueFixtures.versionOne());

        assertThat(index.legalDegree()).isEqualByComparingTo("7.39");
        assertThat(index.technicalDegree()).isEqualByComparingTo("6.70");
        assertThat(index.economicDegree()).isEqualByComparingTo("6.45");
        assertThat(index.index()).isEqualByComparingTo("6.90");
        assertThat(index.weightsVersion()).isEqualTo(1);
    }

    @Test
    void allTensGiveTen() {
        String[] tens = new String[ValueIndicator.values().length];
        java.util.Arrays.fill(tens, "10");

        PatentValueIndex index = calculator.calculate(PatentValueFixtures.scores(tens), PatentValueFixtures.versionOne());

        assertThat(index.index()).isEqualByComparingTo("10.00");
    }

    @Test
    void rejectsScoreAboveTenAndMissingScore() {
        List<ScoredIndicator> scores = new java.util.ArrayList<>(PatentValueFixtures.scores(
                "11", "7", "6", "5", "9", "4", "10", "7", "8", "6", "5", "6", "7", "6", "8", "4", "5", "9"));
        scores.remove(scores.size() - 1);

        assertThatThrownBy(() -> calculator.calculate(scores, PatentValueFixtures.versionOne()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::field)
                        .containsExactly("scores[STABILITY]", "scores[POLICY_FIT]"));
    }

    @Test
    void rejectsWeightsNotSummingToOne() {
        PatentValueWeights one = PatentValueFixtures.versionOne();
        Map<ValueDegree, BigDecimal> degrees = new EnumMap<>(one.degreeWeights());
        degrees.put(ValueDegree.ECONOMIC, new BigDecimal("0.31"));
        PatentValueWeights broken = new PatentValueWeights(9, degrees, one.indicatorWeights());

        assertThatThrownBy(broken::validate).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(InvalidInputException.Violation::field)
                        .containsExactly("degreeWeights"));
    }

    @Test
    void lapsedPatentScoresZeroOnStabilityAndTerm() {
        PatentFacts lapsed = new PatentFacts(LegalStatus.LAPSED, LocalDate.of(2035, 3, 1), 12, 3);

        List<ScoredIndicator> merged = new IndicatorDerivationCalculator().merge(PatentValueFixtures.scores(
                "9", "7", "6", "5", "9", "4", "10", "7", "8", "6", "5", "6", "7", "6", "8", "4", "5", "9"),
                lapsed, LocalDate.of(2026, 12, 4));

        assertThat(scoreOf(merged, ValueIndicator.STABILITY)).isEqualByComparingTo("0");
        assertThat(scoreOf(merged, ValueIndicator.REMAINING_TERM)).isEqualByComparingTo("0");
        assertThat(scoreOf(merged, ValueIndicator.MULTI_COUNTRY_FILING)).isEqualByComparingTo("6");
        assertThat(scoreOf(merged, ValueIndicator.SCOPE_OF_APPLICATION)).isEqualByComparingTo("6");
        assertThat(scoreOf(merged, ValueIndicator.ADVANCEMENT)).isEqualByComparingTo("7");
    }

    @Test
    void remainingTermCountsWholeMonths() {
        // 2026-12-04 to 2031-06-20: 54 whole months, 54 / 12 = 4.5
        PatentFacts valid = new PatentFacts(LegalStatus.VALID, LocalDate.of(2031, 6, 20), null, null);

        List<ScoredIndicator> derived = new IndicatorDerivationCalculator().derive(valid, LocalDate.of(2026, 12, 4));

        assertThat(derived).hasSize(1);
        assertThat(derived.get(0).score()).isEqualByComparingTo("4.5");
        assertThat(derived.get(0).basis()).isEqualTo("54");
        assertThat(IndicatorDerivationCalculator.remainingTermScore(150)).isEqualByComparingTo("10");
    }

    @Test
    void familySizeBands() {
        assertThat(IndicatorDerivationCalculator.familyScore(1)).isEqualByComparingTo("0");
        assertThat(IndicatorDerivationCalculator.familyScore(2)).isEqualByComparingTo("4");
        assertThat(IndicatorDerivationCalculator.familyScore(4)).isEqualByComparingTo("6");
        assertThat(IndicatorDerivationCalculator.familyScore(9)).isEqualByComparingTo("8");
        assertThat(IndicatorDerivationCalculator.familyScore(10)).isEqualByComparingTo("10");
    }

    private static BigDecimal scoreOf(List<ScoredIndicator> scores, ValueIndicator indicator) {
        return scores.stream().filter(s -> s.indicator() == indicator).findFirst().orElseThrow().score();
    }
}
