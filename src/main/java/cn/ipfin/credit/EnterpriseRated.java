package cn.ipfin.credit;

import java.time.Instant;

/**
 * Published when an enterprise receives a new credit rating (信用评级).
 *
 * @param ratingId      the new rating
 * @param enterpriseId  the organisation rated
 * @param modelVersion  the scorecard version the grade comes from
 * @param grade         the new grade, such as {@code BBB}
 * @param previousGrade the grade of the enterprise's rating before this one, or null for a first rating
 * @param ratedAt       when the rating was stored
 */
public record EnterpriseRated(Long ratingId, Long enterpriseId, int modelVersion, String grade, String previousGrade,
        Instant ratedAt) {
}
