package cn.ipfin.product;

import java.util.List;

/**
 * How one product fits an enterprise's request: the conditions met, the conditions missing and the conditions
 * the platform cannot decide, which the institution checks itself.
 */
public record ProductMatch(long productId, Outcome outcome, List<MatchMessage> met, List<MatchMessage> missing,
        List<MatchMessage> toCheck) {

    /** ELIGIBLE misses nothing; NEAR_MISS misses one or two conditions; INELIGIBLE misses more. */
    public enum Outcome {
        ELIGIBLE, NEAR_MISS, INELIGIBLE
    }
}
