package cn.ipfin.ipasset;

/**
 * The grounds on which CNIPA refuses to register a pledge of a patent (专利权质押登记不予登记的情形), under the
 * Measures for Patent Pledge Registration of 2021, each checked before a loan is approved.
 */
public enum PledgeRefusalGround {
    /** The pledgor is not the registered owner (出质人不是专利权人). */
    NOT_REGISTERED_OWNER(true),
    /** The patent has lapsed, expired or been invalidated (专利权已终止或被宣告无效). */
    NOT_IN_FORCE(true),
    /** The right is still an application, not a granted patent (仍为专利申请). */
    STILL_APPLICATION(true),
    /** The annual fees are not paid (未按规定缴纳年费). */
    ANNUAL_FEES_UNPAID(true),
    /** The procedure is suspended or the patent is frozen by a court (中止程序或被法院保全). */
    SUSPENDED_OR_FROZEN(true),
    /** The loan's final due date is after the patent's expiry (债务履行期限届满日晚于专利权届满日). */
    LOAN_ENDS_AFTER_EXPIRY(true),
    /** The pledge contract lacks required content (质押合同不符合规定). */
    CONTRACT_INCOMPLETE(true),
    /** Co-owners did not consent to the pledge (共有人未同意出质). */
    CO_OWNERS_NOT_CONSENTED(true),
    /** The patent is pledged already (专利权已被质押). */
    ALREADY_PLEDGED(true),
    /**
     * An invalidation request is pending (专利权处于无效宣告程序中); registration may go ahead when the
     * parties insist, so this ground does not block on its own.
     */
    INVALIDATION_PENDING(false);

    private final boolean blocker;

    PledgeRefusalGround(boolean blocker) {
        this.blocker = blocker;
    }

    /** Returns whether a failed check on this ground stops the application. */
    public boolean isBlocker() {
        return blocker;
    }

    public String messageKey() {
        return "pledge.ground." + name();
    }
}
