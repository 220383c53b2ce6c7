package cn.ipfin.valuation.api;

import java.util.List;

import cn.ipfin.core.money.Money;
import cn.ipfin.valuation.IncomeApproachValuation;
import cn.ipfin.valuation.YearlyPresentValue;

/**
 * Response body of an income-approach preview. Amounts are decimal strings with two places, such as
 * {@code "736716.07"}, and rates are plain decimal strings.
 *
 * @param value              the sum of the unrounded present values, rounded HALF_UP to the fen
 * @param presentValues      each year's present value rounded HALF_UP to the fen, year 1 first
 * @param roundingDifference {@code value} minus the sum of {@code presentValues}, such as {@code "-0.01"}
 * @param royaltyRate        the royalty share rate K used
 * @param discountRate       the discount rate i used
 */
public record IncomeApproachResponse(String value, List<String> presentValues, String roundingDifference,
        String royaltyRate, String discountRate) {

    public static IncomeApproachResponse from(IncomeApproachValuation valuation) {
        List<String> presentValues = valuation.years().stream()
                .map(YearlyPresentValue::presentValue)
                .map(Money::toString)
                .toList();
        return new IncomeApproachResponse(valuation.value().toString(), presentValues,
                valuation.roundingDifference().toString(), valuation.royaltyRate().toPlainString(),
                valuation.discountRate().toPlainString());
    }
}
