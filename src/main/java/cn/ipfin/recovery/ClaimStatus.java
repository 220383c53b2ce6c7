package cn.ipfin.recovery;

/**
 * The steps of a loss claim (代偿/补偿申请) at the paying party: recommended by one user, approved or rejected by
 * another, then paid. The bank's own share is borne without a claim.
 */
public enum ClaimStatus {
    PENDING, RECOMMENDED, APPROVED, REJECTED, PAID, BORNE;

    public String messageKey() {
        return "recovery.claimStatus." + name();
    }
}
