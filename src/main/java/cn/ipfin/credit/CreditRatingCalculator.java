package cn.ipfin.credit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores an enterprise on a credit-rating scorecard (信用评级评分卡).
 *
 * <p>Each quantitative factor earns the points of the model bin that contains its ratio (bins are
 * {@code lower <= ratio < upper}); a factor without a ratio, because its denominator was zero, earns 0. Each
 * qualitative factor earns the points of the chosen answer. The total is the plain sum of all points, and the
 * grade is the highest one whose minimum total the total reaches. Points are whole numbers, so no rounding
 * happens here; ratios arrive rounded by {@link FinancialRatios}.
 */
public class CreditRatingCalculator {

    /**
     * Rates the input.
     *
     * @throws IllegalArgumentException when a qualitative answer is missing or not a choice of the model
     */
    public CreditRatingResult rate(RatingModel model, RatingInput input) {
        List<FactorContribution> contributions = new ArrayList<>();
        for (RatingFactor factor : RatingFactor.values()) {
            contributions.add(factor.isQuantitative() ? quantitative(model, factor, input.ratios().get(factor))
                    : qualitative(model, factor, input.answers().get(factor)));
        }
        int total = contributions.stream().mapToInt(FactorContribution::points).sum();
        return new CreditRatingResult(model.version(), total, gradeOf(model, total), contributions);
    }

    /** Returns the highest grade whose minimum total is at most {@code total}. */
    public String gradeOf(RatingModel model, int total) {
        return model.grades().stream()
                .filter(threshold -> total >= threshold.minimumTotal())
                .findFirst()
                .orElse(model.grades().get(model.grades().size() - 1))
                .grade();
    }

    private static FactorContribution quantitative(RatingModel model, RatingFactor factor, BigDecimal ratio) {
        int points = 0;
        if (ratio != null) {
            points = model.bins().getOrDefault(factor, List.of()).stream()
                    .filter(bin -> bin.contains(ratio))
                    .mapToInt(RatingModel.Bin::points)
                    .findFirst()
                    .orElse(0);
        }
        return new FactorContribution(factor, ratio, null, points, model.maximumPoints(factor));
    }

    private static FactorContribution qualitative(RatingModel model, RatingFactor factor, String answer) {
        RatingModel.Choice choice = model.choice(factor, answer).orElseThrow(() -> new IllegalArgumentException(
                "Answer " + answer + " is not a choice of " + factor + " in model " + model.version()));
        return new FactorContribution(factor, null, choice.code(), choice.points(), model.maximumPoints(factor));
    }
}
