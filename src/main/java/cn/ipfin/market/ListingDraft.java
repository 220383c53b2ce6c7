package cn.ipfin.market;

import cn.ipfin.core.money.Money;

/**
 * What a lister enters: the asset, listing type, price mode, asking price (fixed quote only), industry
 * (GB/T 4754 section letter), description and, for an auction, its terms.
 */
public record ListingDraft(Long assetId, ListingType listingType, PriceMode priceMode, Money askingPrice,
        String industryCode, String description, AuctionTerms auction) {
}
