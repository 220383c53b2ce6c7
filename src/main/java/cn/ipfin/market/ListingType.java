package cn.ipfin.market;

/**
 * What a listing offers (挂牌类型): a transfer of the right (转让), an exclusive (独占), sole (排他) or
 * non-exclusive (普通) licence, or the disposal sale of a defaulted pledge (处置变卖).
 */
public enum ListingType {
    TRANSFER, EXCLUSIVE_LICENCE, SOLE_LICENCE, NON_EXCLUSIVE_LICENCE, DISPOSAL_SALE;

    /** Returns whether one deal uses the listing up; a non-exclusive licence may be granted to many licensees. */
    public boolean endsWithOneDeal() {
        return this != NON_EXCLUSIVE_LICENCE;
    }

    public boolean isLicence() {
        return this == EXCLUSIVE_LICENCE || this == SOLE_LICENCE || this == NON_EXCLUSIVE_LICENCE;
    }

    public String messageKey() {
        return "market.listingType." + name();
    }
}
