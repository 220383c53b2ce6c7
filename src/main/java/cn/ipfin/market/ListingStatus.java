package cn.ipfin.market;

/**
 * The life of a listing: a listing of a pledged asset waits for the pledgee's consent, every listing waits for
 * the operator's review, and a published listing ends sold or withdrawn.
 */
public enum ListingStatus {
    AWAITING_CONSENT, PENDING_REVIEW, PUBLISHED, REJECTED, WITHDRAWN, SOLD;

    public boolean isPublic() {
        return this == PUBLISHED || this == SOLD;
    }

    public String messageKey() {
        return "market.listingStatus." + name();
    }
}
