package cn.ipfin.content;

import java.math.BigDecimal;
import java.util.List;

import cn.ipfin.product.FinancingModel;
import cn.ipfin.product.FinancingModelService.AllocatedShare;

/**
 * One financing model run through an enterprise's loan: the figures used and where they came from, the cost to
 * the enterprise, and how a loss of the whole principal would be split between the parties.
 *
 * @param annualRate the loan rate used, a decimal fraction
 * @param productCount how many published products of the model for this IP type gave the rate and fees; zero means
 *        the model's preset assumptions were used
 * @param loanToValue principal ÷ IP value, or null without an IP value
 * @param maxPledgeRate the highest pledge rate that products of the model allow for the IP type, or null
 */
public record ModelComparison(FinancingModel model, BigDecimal annualRate, int productCount,
        FinancingCostCalculator.Cost cost, List<AllocatedShare> lossShares, BigDecimal loanToValue,
        BigDecimal maxPledgeRate) {

    /** Returns whether the principal is above what products of this model lend against an IP of the given value. */
    public boolean exceedsPledgeRate() {
        return loanToValue != null && maxPledgeRate != null && loanToValue.compareTo(maxPledgeRate) > 0;
    }
}
