package cn.ipfin.market;

import cn.ipfin.core.money.Money;

/**
 * A disposal sale (处置变卖) of a defaulted pledge that the pledgee bank opens from its default case: the pledged
 * asset, the pledgor who owns it, and how it is sold.
 *
 * @param borrowerOrganizationId the pledgor, who must be the asset's registered owner
 * @param priceMode              fixed price or auction; a negotiable price is not offered for a disposal
 * @param askingPrice            the fixed price in yuan, null for an auction
 * @param industryCode           GB/T 4754 section letter, or null
 * @param auction                the auction terms, null for a fixed price
 */
public record DisposalSale(Long assetId, Long borrowerOrganizationId, PriceMode priceMode, Money askingPrice,
        String industryCode, String description, AuctionTerms auction) {
}
