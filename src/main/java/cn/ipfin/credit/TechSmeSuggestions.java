package cn.ipfin.credit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.ipfin.core.money.Money;

/**
 * Finds, for each indicator below its top band, the next band and the headcount, R&amp;D expense or IP count
 * that reaches it. Amounts are rounded up to the fen and headcounts up to a whole person.
 */
final class TechSmeSuggestions {

    private final TechSmeRules rules;
    private final TechSmeAssessmentInput input;

    TechSmeSuggestions(TechSmeRules rules, TechSmeAssessmentInput input) {
        this.rules = rules;
        this.input = input;
    }

    List<AssessmentMessage> suggest(int techStaffPoints, int rdPoints, int ipPoints) {
        List<AssessmentMessage> suggestions = new ArrayList<>();
        suggestTechStaff(techStaffPoints).ifPresent(suggestions::add);
        suggestRd(rdPoints).ifPresent(suggestions::add);
        suggestions.addAll(suggestIp(ipPoints));
        return suggestions;
    }

    /** Suggests the tech staff count that reaches the next band at the current headcount: ⌈bound × employees⌉. */
    private Optional<AssessmentMessage> suggestTechStaff(int points) {
        Optional<ScoreBand> next = rules.techStaff().lowestBandAbove(points);
        if (next.isEmpty() || input.employees() == 0) {
            return Optional.empty();
        }
        ScoreBand band = next.get();
        int needed = band.lowerBound().multiply(BigDecimal.valueOf(input.employees()))
                .setScale(0, RoundingMode.CEILING).intValueExact();
        return Optional.of(AssessmentMessage.of("credit.techSme.suggestion.techStaff", needed, band.lowerBound(),
                band.points(), band.points() - points));
    }

    /** Suggests the cheaper of the two R&amp;D ratios' routes to more points than now. R&amp;D / sales wins a tie. */
    private Optional<AssessmentMessage> suggestRd(int points) {
        List<RdTarget> targets = new ArrayList<>();
        rules.rdToSales().lowestBandAbove(points)
                .filter(band -> input.salesRevenue().isPositive())
                .ifPresent(band -> targets.add(new RdTarget("credit.techSme.suggestion.rdToSales", band,
                        rdNeededForSalesRatio(band.lowerBound()))));
        rules.rdToCost().lowestBandAbove(points)
                .filter(band -> input.totalCostAndExpense().isPositive())
                .filter(band -> band.lowerBound().compareTo(BigDecimal.ONE) < 0)
                .ifPresent(band -> targets.add(new RdTarget("credit.techSme.suggestion.rdToCost", band,
                        rdNeededForCostRatio(band.lowerBound()))));
        return targets.stream()
                .min(Comparator.comparing(RdTarget::needed))
                .map(target -> rdSuggestion(target, points));
    }

    /** Returns the R&amp;D expense that reaches {@code bound} of sales revenue: ⌈bound × sales⌉ to the fen. */
    private BigDecimal rdNeededForSalesRatio(BigDecimal bound) {
        return bound.multiply(input.salesRevenue().amount()).setScale(Money.SCALE, RoundingMode.CEILING);
    }

    /**
     * Returns the R&amp;D expense that reaches {@code bound} of total cost and expense. The added R&amp;D expense x raises the
     * total cost too, other costs staying the same, so (rd + x) / (cost + x) ≥ bound gives
     * x ≥ (bound × cost − rd) / (1 − bound).
     */
    private BigDecimal rdNeededForCostRatio(BigDecimal bound) {
        BigDecimal rd = input.rdExpense().amount();
        BigDecimal shortfall = bound.multiply(input.totalCostAndExpense().amount()).subtract(rd);
        BigDecimal added = shortfall.divide(BigDecimal.ONE.subtract(bound), Money.SCALE, RoundingMode.CEILING);
        return rd.add(added);
    }

    private AssessmentMessage rdSuggestion(RdTarget target, int points) {
        ScoreBand band = target.band();
        BigDecimal added = target.needed().subtract(input.rdExpense().amount());
        return AssessmentMessage.of(target.key(), target.needed(), added, band.lowerBound(), band.points(),
                band.points() - points);
    }

    /** Suggests one class-I item and, while none is held, the class-II count of the next band. */
    private List<AssessmentMessage> suggestIp(int points) {
        List<AssessmentMessage> suggestions = new ArrayList<>();
        ScoreBand classOne = rules.classOneIp();
        if (classOne.points() > points) {
            suggestions.add(AssessmentMessage.of("credit.techSme.suggestion.classOneIp",
                    classOne.lowerBound().intValueExact(), classOne.points(), classOne.points() - points));
        }
        if (input.classOneIpCount() == 0) {
            rules.classTwoIp().lowestBandAbove(points).ifPresent(band -> {
                int needed = band.lowerBound().intValueExact();
                suggestions.add(AssessmentMessage.of("credit.techSme.suggestion.classTwoIp", needed,
                        needed - input.classTwoIpCount(), band.points(), band.points() - points));
            });
        }
        return suggestions;
    }

    /** R&amp;D expense {@code needed} in total to reach {@code band} of one ratio, with its message key. */
    private record RdTarget(String key, ScoreBand band, BigDecimal needed) {
    }
}
