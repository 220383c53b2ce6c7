package cn.ipfin.valuation;

import java.util.List;

import cn.ipfin.core.money.Money;

/**
 * Result of a market-approach valuation.
 *
 * @param value          mean or weighted mean of the unrounded adjusted prices, rounded HALF_UP to the fen
 * @param adjustedPrices each comparable's price × its factors, rounded HALF_UP to the fen, in input order
 * @param weighted       whether the weighted mean was used
 */
public record MarketApproachValuation(Money value, List<Money> adjustedPrices, boolean weighted) {

    public MarketApproachValuation {
        adjustedPrices = List.copyOf(adjustedPrices);
    }
}
