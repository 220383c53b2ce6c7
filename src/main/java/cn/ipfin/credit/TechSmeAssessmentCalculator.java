package cn.ipfin.credit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.InvalidInputException.Violation;
import cn.ipfin.core.money.Money;

/**
 * Evaluates an enterprise against the tech-SME rules (科技型中小企业评价).
 *
 * <p>An enterprise is eligible when its headcount, sales revenue and total assets are within the size limits
 * and its three declarations hold. It qualifies when it is eligible and either declares a direct
 * qualification or scores at least the pass mark with a tech-staff score above zero. The score adds three
 * indicators: tech staff / employees, the better of R&amp;D expense / sales revenue and R&amp;D expense /
 * total cost and expense, and intellectual property (one class-I item, or the count of class-II items).
 *
 * <p>Units: headcounts in persons, amounts in yuan, ratios as fractions (0.22 is 22 %). Bands are chosen by
 * comparing the exact ratio with each lower bound; the ratio shown is rounded HALF_UP to four decimal
 * places. A ratio whose denominator is zero is taken as zero, and a reason records that. Suggested amounts are
 * rounded up to the fen and suggested headcounts up to a whole person, so that they reach the band.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class TechSmeAssessmentCalculator {

    /** Decimal places of the ratios shown in {@link IndicatorScore#value()}. */
    public static final int RATIO_SCALE = 4;

    private final TechSmeRules rules;

    public TechSmeAssessmentCalculator(TechSmeRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules must not be null");
    }

    /**
     * Assesses one enterprise.
     *
     * @throws InvalidInputException if a count or amount is negative or tech staff exceed employees
     */
    public TechSmeAssessment assess(TechSmeAssessmentInput input) {
        validate(input);
        List<AssessmentMessage> reasons = new ArrayList<>();
        boolean eligible = checkEligibility(input, reasons);

        IndicatorScore techStaff = scoreRatio(TechSmeIndicator.TECH_STAFF_RATIO, BigDecimal.valueOf(input.techStaff()),
                BigDecimal.valueOf(input.employees()), rules.techStaff());
        List<IndicatorScore> rd = scoreRd(input);
        IndicatorScore ip = scoreIp(input);
        addZeroDenominatorReasons(input, reasons);

        int rdScore = Math.max(rd.get(0).points(), rd.get(1).points());
        int totalScore = techStaff.points() + rdScore + ip.points();
        QualificationRoute route = input.directQualifications().isEmpty()
                ? QualificationRoute.SCORED : QualificationRoute.DIRECT;
        boolean passes = route == QualificationRoute.DIRECT || checkScore(totalScore, techStaff, reasons);

        List<AssessmentMessage> suggestions = new TechSmeSuggestions(rules, input)
                .suggest(techStaff.points(), rdScore, ip.points());
        return new TechSmeAssessment(eligible, eligible && passes, route, totalScore, techStaff.points(), rdScore,
                ip.points(), List.of(techStaff, rd.get(0), rd.get(1), ip), input.directQualifications(), reasons,
                suggestions);
    }

    private static void validate(TechSmeAssessmentInput input) {
        List<Violation> violations = new ArrayList<>();
        requireNonNegative(violations, "employees", input.employees());
        requireNonNegative(violations, "techStaff", input.techStaff());
        if (input.techStaff() > input.employees()) {
            violations.add(new Violation("techStaff", "credit.techSme.techStaff.exceedsEmployees"));
        }
        requireNonNegative(violations, "salesRevenue", input.salesRevenue());
        requireNonNegative(violations, "totalCostAndExpense", input.totalCostAndExpense());
        requireNonNegative(violations, "rdExpense", input.rdExpense());
        requireNonNegative(violations, "totalAssets", input.totalAssets());
        requireNonNegative(violations, "classOneIpCount", input.classOneIpCount());
        requireNonNegative(violations, "classTwoIpCount", input.classTwoIpCount());
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static void requireNonNegative(List<Violation> violations, String field, int count) {
        if (count < 0) {
            violations.add(new Violation(field, "credit.techSme." + field + ".invalid"));
        }
    }

    private static void requireNonNegative(List<Violation> violations, String field, Money amount) {
        if (amount.isNegative()) {
            violations.add(new Violation(field, "credit.techSme." + field + ".invalid"));
        }
    }

    private boolean checkEligibility(TechSmeAssessmentInput input, List<AssessmentMessage> reasons) {
        int before = reasons.size();
        if (input.employees() > rules.maxEmployees()) {
            reasons.add(AssessmentMessage.of("credit.techSme.reason.tooManyEmployees", input.employees(),
                    rules.maxEmployees()));
        }
        addIfAbove(reasons, "credit.techSme.reason.salesRevenueTooHigh", input.salesRevenue(),
                rules.maxSalesRevenue());
        addIfAbove(reasons, "credit.techSme.reason.totalAssetsTooHigh", input.totalAssets(), rules.maxTotalAssets());
        addUnless(reasons, input.mainlandResident(), "credit.techSme.reason.notMainlandResident");
        addUnless(reasons, input.permittedIndustry(), "credit.techSme.reason.prohibitedIndustry");
        addUnless(reasons, input.noSeriousViolations(), "credit.techSme.reason.seriousViolations");
        return reasons.size() == before;
    }

    private static void addIfAbove(List<AssessmentMessage> reasons, String key, Money amount, Money limit) {
        if (amount.compareTo(limit) > 0) {
            reasons.add(AssessmentMessage.of(key, amount.amount(), limit.amount()));
        }
    }

    private static void addUnless(List<AssessmentMessage> reasons, boolean declared, String key) {
        if (!declared) {
            reasons.add(AssessmentMessage.of(key));
        }
    }

    private static IndicatorScore scoreRatio(TechSmeIndicator indicator, BigDecimal numerator, BigDecimal denominator,
            ScoreTable table) {
        if (denominator.signum() == 0) {
            ScoreBand lowest = table.lowestBand();
            return new IndicatorScore(indicator, BigDecimal.ZERO.setScale(RATIO_SCALE), lowest.grade(),
                    lowest.points(), true);
        }
        ScoreBand band = table.bandForRatio(numerator, denominator);
        BigDecimal ratio = numerator.divide(denominator, RATIO_SCALE, RoundingMode.HALF_UP);
        return new IndicatorScore(indicator, ratio, band.grade(), band.points(), true);
    }

    /** Scores both R&amp;D ratios. Only the one with more points counts, and R&amp;D / sales wins a tie. */
    private List<IndicatorScore> scoreRd(TechSmeAssessmentInput input) {
        BigDecimal rdExpense = input.rdExpense().amount();
        IndicatorScore toSales = scoreRatio(TechSmeIndicator.RD_TO_SALES_RATIO, rdExpense,
                input.salesRevenue().amount(), rules.rdToSales());
        IndicatorScore toCost = scoreRatio(TechSmeIndicator.RD_TO_COST_RATIO, rdExpense,
                input.totalCostAndExpense().amount(), rules.rdToCost());
        if (toCost.points() > toSales.points()) {
            return List.of(toSales.withCounted(false), toCost);
        }
        return List.of(toSales, toCost.withCounted(false));
    }

    private IndicatorScore scoreIp(TechSmeAssessmentInput input) {
        if (input.classOneIpCount() >= rules.classOneIp().lowerBound().intValueExact()) {
            ScoreBand band = rules.classOneIp();
            return new IndicatorScore(TechSmeIndicator.INTELLECTUAL_PROPERTY,
                    BigDecimal.valueOf(input.classOneIpCount()), band.grade(), band.points(), true);
        }
        BigDecimal count = BigDecimal.valueOf(input.classTwoIpCount());
        ScoreBand band = rules.classTwoIp().bandFor(count);
        return new IndicatorScore(TechSmeIndicator.INTELLECTUAL_PROPERTY, count, band.grade(), band.points(), true);
    }

    private static void addZeroDenominatorReasons(TechSmeAssessmentInput input, List<AssessmentMessage> reasons) {
        addUnless(reasons, input.employees() > 0, "credit.techSme.reason.noEmployees");
        addUnless(reasons, input.salesRevenue().isPositive(), "credit.techSme.reason.noSalesRevenue");
        addUnless(reasons, input.totalCostAndExpense().isPositive(), "credit.techSme.reason.noCostAndExpense");
    }

    private boolean checkScore(int totalScore, IndicatorScore techStaff, List<AssessmentMessage> reasons) {
        boolean passes = true;
        if (totalScore < rules.passScore()) {
            reasons.add(AssessmentMessage.of("credit.techSme.reason.scoreBelowPass", totalScore, rules.passScore()));
            passes = false;
        }
        if (techStaff.points() == 0) {
            reasons.add(AssessmentMessage.of("credit.techSme.reason.techStaffScoreZero", techStaff.value(),
                    rules.techStaff().lowestBandAbove(0).map(ScoreBand::lowerBound).orElse(BigDecimal.ZERO)));
            passes = false;
        }
        return passes;
    }
}
