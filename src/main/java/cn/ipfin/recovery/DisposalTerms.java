package cn.ipfin.recovery;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Terms of the sale that puts the pledged IP of a default case on the market, as the lender enters them: the
 * pledged asset, a fixed price or an auction, and the terms of that sale. Amounts are in yuan with at most two decimals.
 *
 * @param priceMode    {@code FIXED} or {@code AUCTION}
 * @param askingPrice  the fixed price; ignored for an auction
 * @param reservePrice the auction's reserve price (保留价), null for none
 * @param endsAt       the end of bidding; bidding starts when the operator approves the listing
 * @param industryCode GB/T 4754 section letter of the listing, or null
 */
public record DisposalTerms(Long assetId, String priceMode, BigDecimal askingPrice, BigDecimal startPrice,
        BigDecimal increment, BigDecimal reservePrice, BigDecimal deposit, Instant endsAt, String industryCode,
        String description) {
}
