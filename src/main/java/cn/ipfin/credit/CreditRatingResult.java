package cn.ipfin.credit;

import java.util.List;

/**
 * The outcome of rating an enterprise with one model version.
 *
 * @param modelVersion  the scorecard version used
 * @param total         the sum of every factor's points
 * @param grade         the grade whose threshold the total reaches, AAA to C
 * @param contributions each factor's points, in factor order
 */
public record CreditRatingResult(int modelVersion, int total, String grade, List<FactorContribution> contributions) {

    public CreditRatingResult {
        contributions = List.copyOf(contributions);
    }
}
