package cn.ipfin.credit;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One version of the credit-rating scorecard: bins with points for each quantitative factor, choices with points
 * for each qualitative factor, and the minimum total of each grade.
 *
 * @param version the model version, stored with every rating
 * @param bins    the bins of each quantitative factor; together they must cover every value
 * @param choices the choices of each qualitative factor
 * @param grades  grades with their minimum totals; the lowest grade must start at 0
 */
public record RatingModel(int version, Map<RatingFactor, List<Bin>> bins, Map<RatingFactor, List<Choice>> choices,
        List<GradeThreshold> grades) {

    /**
     * A range of a ratio, {@code lower <= value < upper}, with its points; a null bound is open.
     */
    public record Bin(BigDecimal lower, BigDecimal upper, int points) {

        public boolean contains(BigDecimal value) {
            return (lower == null || value.compareTo(lower) >= 0) && (upper == null || value.compareTo(upper) < 0);
        }
    }

    /** One answer to a qualitative factor, with its points and labels. */
    public record Choice(String code, int points, String labelZh, String labelEn) {
    }

    /** A grade such as AAA and the lowest total that earns it. */
    public record GradeThreshold(String grade, int minimumTotal) {
    }

    public RatingModel {
        bins = Map.copyOf(new EnumMap<>(bins));
        choices = Map.copyOf(new EnumMap<>(choices));
        grades = grades.stream().sorted(Comparator.comparingInt(GradeThreshold::minimumTotal).reversed()).toList();
        if (grades.isEmpty() || grades.get(grades.size() - 1).minimumTotal() != 0) {
            throw new IllegalArgumentException("The lowest grade of model " + version + " must start at 0");
        }
    }

    /** Returns the highest points any answer or bin of the factor earns. */
    public int maximumPoints(RatingFactor factor) {
        if (factor.isQuantitative()) {
            return bins.getOrDefault(factor, List.of()).stream().mapToInt(Bin::points).max().orElse(0);
        }
        return choices.getOrDefault(factor, List.of()).stream().mapToInt(Choice::points).max().orElse(0);
    }

    /** Returns the choice with the given code. */
    public java.util.Optional<Choice> choice(RatingFactor factor, String code) {
        return choices.getOrDefault(factor, List.of()).stream()
                .filter(choice -> Objects.equals(choice.code(), code)).findFirst();
    }
}
