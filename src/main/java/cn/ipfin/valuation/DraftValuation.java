package cn.ipfin.valuation;

import java.time.LocalDate;
import java.util.List;

import cn.ipfin.core.money.Money;

/**
 * The full result of a draft: the patent value index of each patent, each approach, the reconciled value and
 * its Monte Carlo range.
 *
 * @param remainingTermYears whole years left of the shortest remaining statutory term among the patents, which
 *                           bounds the economic life; {@code null} when no patent term applies
 */
public record DraftValuation(LocalDate valuationDate, List<AssetIndex> indices, IncomeApproachValuation income,
        CostApproachValuation cost, MarketApproachValuation market, Money reconciledValue, MonteCarloResult range,
        Integer remainingTermYears, int weightsVersion) {

    public DraftValuation {
        indices = List.copyOf(indices);
    }

    /** The patent value index of one asset. */
    public record AssetIndex(AssetFacts asset, PatentValueIndex index) {
    }
}
