package cn.ipfin.loan;

/**
 * The steps of an IP pledge loan application (知识产权质押融资流程): submitted, ownership checks, valuation,
 * guarantee, bank approval with maker and checker, pledge registration and disbursement.
 */
public enum ApplicationState {
    SUBMITTED, CHECKS_FAILED, CHECKED, VALUED, GUARANTEED, DECLINED, PREPARED, APPROVED, REJECTED, REGISTERED,
    DISBURSED, SETTLED, DEFAULTED, WITHDRAWN;

    /** Returns whether the application is still open for the bank's review, which the service-level timer watches. */
    public boolean awaitsReview() {
        return this == SUBMITTED || this == CHECKED || this == VALUED || this == GUARANTEED;
    }

    public String messageKey() {
        return "loan.state." + name();
    }
}
