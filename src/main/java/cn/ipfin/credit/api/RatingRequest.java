package cn.ipfin.credit.api;

import java.util.Map;

import cn.ipfin.credit.RatingFactor;

/**
 * Body of {@code POST /api/v1/enterprises/{orgId}/ratings}: the choice code of each qualitative factor
 * (MANAGEMENT, IP_QUALITY, POLICY_FIT, CREDIT_HISTORY), such as {@code "STRONG"}. The quantitative factors are
 * computed from the enterprise's statements.
 */
public record RatingRequest(Map<RatingFactor, String> answers) {

    public Map<RatingFactor, String> answersOrEmpty() {
        return answers == null ? Map.of() : answers;
    }
}
