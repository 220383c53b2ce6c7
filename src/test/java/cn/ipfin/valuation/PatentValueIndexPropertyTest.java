package cn.ipfin.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PatentValueIndexPropertyTest {

    private final PatentValueIndexCalculator calculator = new PatentValueIndexCalculator();

    @Property
    void indexStaysWithinZeroAndTen(@ForAll("scoreLists") List<BigDecimal> scores,
            @ForAll("weightSets") PatentValueWeights weights) {
        PatentValueIndex index = calculator.calculate(toScores(scores), weights);

        assertThat(index.index()).isBetween(BigDecimal.ZERO, BigDecimal.TEN);
        assertThat(index.legalDegree()).isBetween(BigDecimal.ZERO, BigDecimal.TEN);
    }

    @Property
    void raisingOneScoreNeverLowersIndex(@ForAll("scoreLists") List<BigDecimal> scores,
            @ForAll("weightSets") PatentValueWeights weights, @ForAll("indicators") ValueIndicator raised,
            @ForAll("scores") BigDecimal other) {
        List<BigDecimal> higher = new ArrayList<>(scores);
        higher.set(raised.ordinal(), scores.get(raised.ordinal()).max(other));

        BigDecimal before = calculator.calculate(toScores(scores), weights).index();
        BigDecimal after = calculator.calculate(toScores(higher), weights).index();

        assertThat(after).isGreaterThanOrEqualTo(before);
    }

    @Provide
    Arbitrary<ValueIndicator> indicators() {
        return Arbitraries.of(ValueIndicator.class);
    }

    @Provide
    Arbitrary<BigDecimal> scores() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.TEN).ofScale(1);
    }

    @Provide
    Arbitrary<List<BigDecimal>> scoreLists() {
        return scores().list().ofSize(ValueIndicator.values().length);
    }

    /** Weight sets whose groups sum to exactly 1: integer parts out of 100 per group. */
    @Provide
    Arbitrary<PatentValueWeights> weightSets() {
        Arbitrary<List<Integer>> parts = Arbitraries.integers().between(0, 20).list()
                .ofSize(ValueIndicator.values().length + ValueDegree.values().length)
                .filter(list -> groupsHaveWeight(list));
        return Combinators.combine(parts, Arbitraries.integers().between(1, 99)).as((list, version) -> build(list, version));
    }

    private static boolean groupsHaveWeight(List<Integer> parts) {
        for (ValueDegree degree : ValueDegree.values()) {
            if (sumOf(parts, degree) == 0) {
                return false;
            }
        }
        int degrees = ValueIndicator.values().length;
        return parts.subList(degrees, parts.size()).stream().mapToInt(Integer::intValue).sum() > 0;
    }

    private static int sumOf(List<Integer> parts, ValueDegree degree) {
        int sum = 0;
        for (ValueIndicator indicator : ValueIndicator.values()) {
            if (indicator.degree() == degree) {
                sum += parts.get(indicator.ordinal());
            }
        }
        return sum;
    }

    private static PatentValueWeights build(List<Integer> parts, int version) {
        Map<ValueIndicator, BigDecimal> indicators = new EnumMap<>(ValueIndicator.class);
        for (ValueDegree degree : ValueDegree.values()) {
            List<ValueIndicator> members = java.util.Arrays.stream(ValueIndicator.values())
                    .filter(i -> i.degree() == degree).toList();
            indicators.putAll(normalised(members.stream().map(i -> parts.get(i.ordinal())).toList(), members));
        }
        int offset = ValueIndicator.values().length;
        Map<ValueDegree, BigDecimal> degrees = normalised(parts.subList(offset, parts.size()),
                List.of(ValueDegree.values()));
        return new PatentValueWeights(version, degrees, indicators);
    }

    /** Scales integer parts to fractions with 6 decimals and puts the remainder on the last key, so they sum to 1. */
    private static <K> Map<K, BigDecimal> normalised(List<Integer> parts, List<K> keys) {
        int total = parts.stream().mapToInt(Integer::intValue).sum();
        Map<K, BigDecimal> result = new java.util.LinkedHashMap<>();
        BigDecimal assigned = BigDecimal.ZERO;
        for (int i = 0; i < keys.size() - 1; i++) {
            BigDecimal share = BigDecimal.valueOf(parts.get(i)).divide(BigDecimal.valueOf(total), 6,
                    java.math.RoundingMode.DOWN);
            result.put(keys.get(i), share);
            assigned = assigned.add(share);
        }
        result.put(keys.get(keys.size() - 1), BigDecimal.ONE.subtract(assigned));
        return result;
    }

    private static List<ScoredIndicator> toScores(List<BigDecimal> values) {
        List<ScoredIndicator> scores = new ArrayList<>();
        for (ValueIndicator indicator : ValueIndicator.values()) {
            scores.add(ScoredIndicator.byEvaluator(indicator, values.get(indicator.ordinal())));
        }
        return scores;
    }
}
