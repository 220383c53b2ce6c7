package cn.ipfin.market;

/**
 * The state of an auction lot: waiting for the listing's review, open for bids (from its start time), sold,
 * unsold (流拍: no bid or the highest bid below the reserve price) or cancelled with its listing.
 */
public enum AuctionStatus {
    PENDING, OPEN, SOLD, UNSOLD, CANCELLED;

    public String messageKey() {
        return "market.auctionStatus." + name();
    }
}
