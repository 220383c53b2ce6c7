package cn.ipfin.roadshow;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import cn.ipfin.core.reference.Industry;

/**
 * Scores how well a project fits an investor's declared preferences, out of 100 points:
 * <ul>
 * <li>industry, 40 points: 40 when the project's GB/T 4754 section is among the investor's industries, 20 when
 * the investor names no industry, otherwise 0;</li>
 * <li>stage, 30 points: 30 when the project's round is a preferred stage, 15 when it is next to a preferred
 * stage (angel next to seed and series A, say) or the investor names no stage, otherwise 0;</li>
 * <li>ticket size, 30 points: 30 when the amount sought lies within the investor's range (bounds included),
 * 15 when it lies within half the minimum to twice the maximum or the investor gives no range, otherwise 0.
 * A range with only one bound is open on the other side.</li>
 * </ul>
 * Amounts are compared exactly as {@link BigDecimal}; no rounding takes place.
 */
public final class MatchScoreCalculator {

    static final int INDUSTRY_POINTS = 40;
    static final int STAGE_POINTS = 30;
    static final int TICKET_POINTS = 30;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /** The facts of a project that matchmaking uses; {@code amountSought} in yuan. */
    public record ProjectFacts(Industry industry, FundingStage stage, BigDecimal amountSought) {
    }

    /**
     * An investor's preferences; empty sets and null bounds mean no preference.
     *
     * @param minTicket smallest single investment in yuan, or null
     * @param maxTicket largest single investment in yuan, or null
     */
    public record InvestorFacts(Set<Industry> industries, Set<FundingStage> stages, BigDecimal minTicket,
            BigDecimal maxTicket) {

        public InvestorFacts {
            industries = Set.copyOf(industries);
            stages = Set.copyOf(stages);
        }
    }

    public MatchScore score(ProjectFacts project, InvestorFacts investor) {
        List<MatchScore.Part> parts = List.of(industry(project, investor), stage(project, investor),
                ticket(project, investor));
        int total = parts.stream().mapToInt(MatchScore.Part::points).sum();
        return new MatchScore(total, parts);
    }

    private static MatchScore.Part industry(ProjectFacts project, InvestorFacts investor) {
        MatchReason name = MatchReason.of(project.industry().messageKey());
        if (investor.industries().isEmpty()) {
            return part(MatchScore.Criterion.INDUSTRY, INDUSTRY_POINTS / 2, INDUSTRY_POINTS,
                    MatchReason.of("roadshow.match.industry.any", name));
        }
        if (investor.industries().contains(project.industry())) {
            return part(MatchScore.Criterion.INDUSTRY, INDUSTRY_POINTS, INDUSTRY_POINTS,
                    MatchReason.of("roadshow.match.industry.match", name));
        }
        return part(MatchScore.Criterion.INDUSTRY, 0, INDUSTRY_POINTS,
                MatchReason.of("roadshow.match.industry.miss", name));
    }

    private static MatchScore.Part stage(ProjectFacts project, InvestorFacts investor) {
        MatchReason name = MatchReason.of(project.stage().messageKey());
        if (investor.stages().isEmpty()) {
            return part(MatchScore.Criterion.STAGE, STAGE_POINTS / 2, STAGE_POINTS,
                    MatchReason.of("roadshow.match.stage.any", name));
        }
        if (investor.stages().contains(project.stage())) {
            return part(MatchScore.Criterion.STAGE, STAGE_POINTS, STAGE_POINTS,
                    MatchReason.of("roadshow.match.stage.match", name));
        }
        boolean adjacent = investor.stages().stream()
                .anyMatch(preferred -> Math.abs(preferred.ordinal() - project.stage().ordinal()) == 1);
        if (adjacent) {
            return part(MatchScore.Criterion.STAGE, STAGE_POINTS / 2, STAGE_POINTS,
                    MatchReason.of("roadshow.match.stage.adjacent", name));
        }
        return part(MatchScore.Criterion.STAGE, 0, STAGE_POINTS, MatchReason.of("roadshow.match.stage.miss", name));
    }

    private static MatchScore.Part ticket(ProjectFacts project, InvestorFacts investor) {
        BigDecimal amount = project.amountSought();
        BigDecimal min = investor.minTicket();
        BigDecimal max = investor.maxTicket();
        if (min == null && max == null) {
            return part(MatchScore.Criterion.TICKET, TICKET_POINTS / 2, TICKET_POINTS,
                    MatchReason.of("roadshow.match.ticket.any", amount));
        }
        Object lower = min == null ? MatchReason.of("roadshow.match.ticket.noBound") : min;
        Object upper = max == null ? MatchReason.of("roadshow.match.ticket.noBound") : max;
        boolean aboveMin = min == null || amount.compareTo(min) >= 0;
        boolean belowMax = max == null || amount.compareTo(max) <= 0;
        if (aboveMin && belowMax) {
            return part(MatchScore.Criterion.TICKET, TICKET_POINTS, TICKET_POINTS,
                    MatchReason.of("roadshow.match.ticket.within", amount, lower, upper));
        }
        boolean nearMin = min == null || amount.multiply(TWO).compareTo(min) >= 0;
        boolean nearMax = max == null || amount.compareTo(max.multiply(TWO)) <= 0;
        if (nearMin && nearMax) {
            return part(MatchScore.Criterion.TICKET, TICKET_POINTS / 2, TICKET_POINTS,
                    MatchReason.of("roadshow.match.ticket.near", amount, lower, upper));
        }
        return part(MatchScore.Criterion.TICKET, 0, TICKET_POINTS,
                MatchReason.of("roadshow.match.ticket.miss", amount, lower, upper));
    }

    private static MatchScore.Part part(MatchScore.Criterion criterion, int points, int maxPoints,
            MatchReason reason) {
        return new MatchScore.Part(criterion, points, maxPoints, reason);
    }
}
