package cn.ipfin.credit;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Inputs of one rating: the ratios of the quantitative factors and the chosen answer codes of the qualitative
 * ones.
 *
 * @param ratios  ratio by quantitative factor, as a fraction (0.35 is 35 %); a factor whose denominator was zero
 *                has no entry and scores 0 points
 * @param answers choice code by qualitative factor
 */
public record RatingInput(Map<RatingFactor, BigDecimal> ratios, Map<RatingFactor, String> answers) {

    public RatingInput {
        Map<RatingFactor, BigDecimal> ratioCopy = new EnumMap<>(RatingFactor.class);
        ratios.forEach((factor, value) -> {
            if (value != null) {
                ratioCopy.put(factor, value);
            }
        });
        ratios = Collections.unmodifiableMap(ratioCopy);
        answers = Collections.unmodifiableMap(new HashMap<>(answers));
    }
}
