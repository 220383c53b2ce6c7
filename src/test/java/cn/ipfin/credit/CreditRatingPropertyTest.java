package cn.ipfin.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the credit-rating scorecard over random ratios and answers. */
class CreditRatingPropertyTest {

    private final CreditRatingCalculator calculator = new CreditRatingCalculator();
    private final RatingModel model = ScorecardV1.model();

    @Property
    void totalIsSumOfContributions(@ForAll("inputs") RatingInput input) {
        CreditRatingResult result = calculator.rate(model, input);

        int sum = result.contributions().stream().mapToInt(FactorContribution::points).sum();
        assertThat(result.total()).isEqualTo(sum);
        assertThat(result.total()).isBetween(0, 100);
        assertThat(result.grade()).isEqualTo(calculator.gradeOf(model, result.total()));
    }

    @Property
    void gradeIsMonotoneInTotal(@ForAll @IntRange(min = 0, max = 100) int lower,
            @ForAll @IntRange(min = 0, max = 100) int upper) {
        int low = Math.min(lower, upper);
        int high = Math.max(lower, upper);

        int lowRank = ScorecardV1.GRADES_LOW_TO_HIGH.indexOf(calculator.gradeOf(model, low));
        int highRank = ScorecardV1.GRADES_LOW_TO_HIGH.indexOf(calculator.gradeOf(model, high));

        assertThat(lowRank).isLessThanOrEqualTo(highRank);
    }

    @Provide
    Arbitrary<RatingInput> inputs() {
        Arbitrary<BigDecimal> ratio = Arbitraries.bigDecimals().between(new BigDecimal("-2"), new BigDecimal("5"))
                .ofScale(4).injectNull(0.1);
        Arbitrary<Map<RatingFactor, BigDecimal>> ratios = ratio.list().ofSize(6).map(values -> {
            Map<RatingFactor, BigDecimal> map = new EnumMap<>(RatingFactor.class);
            for (int i = 0; i < 6; i++) {
                map.put(RatingFactor.values()[i], values.get(i));
            }
            return map;
        });
        return Combinators.combine(ratios, answer(RatingFactor.MANAGEMENT), answer(RatingFactor.IP_QUALITY),
                answer(RatingFactor.POLICY_FIT), answer(RatingFactor.CREDIT_HISTORY))
                .as((values, management, ip, policy, history) -> new RatingInput(values, Map.of(
                        RatingFactor.MANAGEMENT, management, RatingFactor.IP_QUALITY, ip,
                        RatingFactor.POLICY_FIT, policy, RatingFactor.CREDIT_HISTORY, history)));
    }

    private Arbitrary<String> answer(RatingFactor factor) {
        return Arbitraries.of(model.choices().get(factor).stream().map(RatingModel.Choice::code).toList());
    }
}
