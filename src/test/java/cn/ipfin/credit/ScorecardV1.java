package cn.ipfin.credit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.ipfin.credit.RatingModel.Bin;
import cn.ipfin.credit.RatingModel.Choice;
import cn.ipfin.credit.RatingModel.GradeThreshold;

/**
 * The default scorecard, version 1, written out by hand from the table in V12__credit_rating_model.sql, so
 * calculator tests run without a database.
 */
final class ScorecardV1 {

    private ScorecardV1() {
    }

    static RatingModel model() {
        return new RatingModel(1, Map.of(
                RatingFactor.DEBT_RATIO, List.of(bin(null, "0.40", 12), bin("0.40", "0.55", 9),
                        bin("0.55", "0.70", 6), bin("0.70", "0.85", 3), bin("0.85", null, 0)),
                RatingFactor.CURRENT_RATIO, List.of(bin("2.00", null, 10), bin("1.50", "2.00", 8),
                        bin("1.20", "1.50", 6), bin("1.00", "1.20", 3), bin(null, "1.00", 0)),
                RatingFactor.REVENUE_GROWTH, List.of(bin("0.30", null, 10), bin("0.15", "0.30", 8),
                        bin("0.05", "0.15", 6), bin("0", "0.05", 3), bin(null, "0", 0)),
                RatingFactor.NET_MARGIN, List.of(bin("0.15", null, 10), bin("0.08", "0.15", 8),
                        bin("0.03", "0.08", 5), bin("0", "0.03", 2), bin(null, "0", 0)),
                RatingFactor.RD_INTENSITY, List.of(bin("0.06", null, 10), bin("0.04", "0.06", 8),
                        bin("0.03", "0.04", 6), bin("0.02", "0.03", 4), bin(null, "0.02", 0)),
                RatingFactor.OPERATING_CASH_TO_LIABILITIES, List.of(bin("0.40", null, 8), bin("0.20", "0.40", 6),
                        bin("0.10", "0.20", 4), bin("0", "0.10", 2), bin(null, "0", 0))),
                Map.of(
                        RatingFactor.MANAGEMENT, List.of(choice("STRONG", 10), choice("ADEQUATE", 6),
                                choice("WEAK", 2)),
                        RatingFactor.IP_QUALITY, List.of(choice("HIGH", 10), choice("MEDIUM", 6), choice("LOW", 2),
                                choice("NONE", 0)),
                        RatingFactor.POLICY_FIT, List.of(choice("ENCOURAGED", 10), choice("NEUTRAL", 5),
                                choice("RESTRICTED", 0)),
                        RatingFactor.CREDIT_HISTORY, List.of(choice("CLEAN", 10), choice("MINOR_LATE", 5),
                                choice("DEFAULTED", 0))),
                List.of(grade("AAA", 90), grade("AA", 80), grade("A", 70), grade("BBB", 60), grade("BB", 50),
                        grade("B", 40), grade("CCC", 30), grade("CC", 20), grade("C", 0)));
    }

    static final List<String> GRADES_LOW_TO_HIGH = List.of("C", "CC", "CCC", "B", "BB", "BBB", "A", "AA", "AAA");

    private static Bin bin(String lower, String upper, int points) {
        return new Bin(lower == null ? null : new BigDecimal(lower), upper == null ? null : new BigDecimal(upper),
                points);
    }

    private static Choice choice(String code, int points) {
        return new Choice(code, points, code, code);
    }

    private static GradeThreshold grade(String grade, int minimum) {
        return new GradeThreshold(grade, minimum);
    }
}
