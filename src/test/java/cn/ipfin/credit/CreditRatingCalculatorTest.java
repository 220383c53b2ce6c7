package cn.ipfin.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Golden cases of the credit-rating scorecard, version 1, with every point worked out by hand. */
class CreditRatingCalculatorTest {

    private final CreditRatingCalculator calculator = new CreditRatingCalculator();

    @Test
    void strongEnterpriseEarnsEveryPoint() {
        // 12 + 10 + 10 + 10 + 10 + 8 quantitative, 10 × 4 qualitative = 100
        CreditRatingResult result = calculator.rate(ScorecardV1.model(), input(
                ratios("0.35", "2.10", "0.32", "0.16", "0.07", "0.45"), "STRONG", "HIGH", "ENCOURAGED", "CLEAN"));

        assertThat(result.total()).isEqualTo(100);
        assertThat(result.grade()).isEqualTo("AAA");
        assertThat(points(result)).containsExactly(12, 10, 10, 10, 10, 8, 10, 10, 10, 10);
    }

    @Test
    void lowerBoundsBelongToTheirBin() {
        // 9 + 8 + 8 + 8 + 8 + 6 = 47 quantitative, 6 + 6 + 5 + 5 = 22 qualitative, 69 is BBB (60 to 69)
        CreditRatingResult result = calculator.rate(ScorecardV1.model(), input(
                ratios("0.40", "1.50", "0.15", "0.08", "0.04", "0.20"), "ADEQUATE", "MEDIUM", "NEUTRAL",
                "MINOR_LATE"));

        assertThat(points(result)).containsExactly(9, 8, 8, 8, 8, 6, 6, 6, 5, 5);
        assertThat(result.total()).isEqualTo(69);
        assertThat(result.grade()).isEqualTo("BBB");
    }

    @Test
    void weakEnterpriseIsGradedC() {
        // only WEAK management earns 2 points
        CreditRatingResult result = calculator.rate(ScorecardV1.model(), input(
                ratios("0.90", "0.80", "-0.10", "-0.05", "0.01", "-0.10"), "WEAK", "NONE", "RESTRICTED",
                "DEFAULTED"));

        assertThat(result.total()).isEqualTo(2);
        assertThat(result.grade()).isEqualTo("C");
    }

    @Test
    void missingRatiosEarnNothing() {
        // no growth and no current ratio: 6 + 0 + 0 + 5 + 6 + 4 = 21, plus 6 + 2 + 5 + 10 = 23, 44 is B
        Map<RatingFactor, BigDecimal> ratios = ratios("0.60", null, null, "0.05", "0.035", "0.15");

        CreditRatingResult result = calculator.rate(ScorecardV1.model(), input(ratios, "ADEQUATE", "LOW",
                "NEUTRAL", "CLEAN"));

        assertThat(points(result)).containsExactly(6, 0, 0, 5, 6, 4, 6, 2, 5, 10);
        assertThat(result.total()).isEqualTo(44);
        assertThat(result.grade()).isEqualTo("B");
        assertThat(result.contributions().get(1).ratio()).isNull();
    }

    @Test
    void gradeThresholdsAreInclusive() {
        RatingModel model = ScorecardV1.model();

        assertThat(calculator.gradeOf(model, 90)).isEqualTo("AAA");
        assertThat(calculator.gradeOf(model, 89)).isEqualTo("AA");
        assertThat(calculator.gradeOf(model, 60)).isEqualTo("BBB");
        assertThat(calculator.gradeOf(model, 59)).isEqualTo("BB");
        assertThat(calculator.gradeOf(model, 20)).isEqualTo("CC");
        assertThat(calculator.gradeOf(model, 19)).isEqualTo("C");
    }

    @Test
    void unknownAnswerIsRejected() {
        RatingInput input = input(ratios("0.35", "2.10", "0.32", "0.16", "0.07", "0.45"), "EXCELLENT", "HIGH",
                "ENCOURAGED", "CLEAN");

        assertThatThrownBy(() -> calculator.rate(ScorecardV1.model(), input))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EXCELLENT");
    }

    @Test
    void contributionsReportMaximumPoints() {
        CreditRatingResult result = calculator.rate(ScorecardV1.model(), input(
                ratios("0.35", "2.10", "0.32", "0.16", "0.07", "0.45"), "WEAK", "NONE", "RESTRICTED", "DEFAULTED"));

        assertThat(result.contributions().stream().mapToInt(FactorContribution::maximumPoints).sum()).isEqualTo(100);
        assertThat(result.contributions().get(0).maximumPoints()).isEqualTo(12);
        assertThat(result.contributions().get(5).maximumPoints()).isEqualTo(8);
    }

    /** Ratios in factor order: debt, current, revenue growth, net margin, R&D intensity, cash to liabilities. */
    static Map<RatingFactor, BigDecimal> ratios(String... values) {
        Map<RatingFactor, BigDecimal> ratios = new EnumMap<>(RatingFactor.class);
        List<RatingFactor> factors = List.of(RatingFactor.DEBT_RATIO, RatingFactor.CURRENT_RATIO,
                RatingFactor.REVENUE_GROWTH, RatingFactor.NET_MARGIN, RatingFactor.RD_INTENSITY,
                RatingFactor.OPERATING_CASH_TO_LIABILITIES);
        for (int i = 0; i < factors.size(); i++) {
            if (values[i] != null) {
                ratios.put(factors.get(i), new BigDecimal(values[i]));
            }
        }
        return ratios;
    }

    static RatingInput input(Map<RatingFactor, BigDecimal> ratios, String management, String ipQuality,
            String policyFit, String creditHistory) {
        return new RatingInput(ratios, Map.of(RatingFactor.MANAGEMENT, management, RatingFactor.IP_QUALITY,
                ipQuality, RatingFactor.POLICY_FIT, policyFit, RatingFactor.CREDIT_HISTORY, creditHistory));
    }

    private static List<Integer> points(CreditRatingResult result) {
        return result.contributions().stream().map(FactorContribution::points).toList();
    }
}
