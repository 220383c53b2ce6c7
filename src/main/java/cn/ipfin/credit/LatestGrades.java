package cn.ipfin.credit;

/**
 * The grades of an enterprise's two latest ratings. {@code previousGrade} is null when the enterprise has been
 * rated once.
 */
public record LatestGrades(Long enterpriseId, Long latestRatingId, String latestGrade, String previousGrade) {
}
