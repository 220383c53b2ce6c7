package cn.ipfin.roadshow;

import java.util.List;

/**
 * The fit of one project with one investor: the total of the parts, out of 100.
 *
 * @param parts industry, stage and ticket size, in that order
 */
public record MatchScore(int total, List<Part> parts) {

    /** Which of the investor's preferences a part scores. */
    public enum Criterion {
        INDUSTRY, STAGE, TICKET;

        public String messageKey() {
            return "roadshow.match.criterion." + name();
        }
    }

    /** Points earned on one criterion, out of {@code maxPoints}, and why. */
    public record Part(Criterion criterion, int points, int maxPoints, MatchReason reason) {
    }

    public MatchScore {
        parts = List.copyOf(parts);
    }
}
