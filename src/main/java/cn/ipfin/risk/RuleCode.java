package cn.ipfin.risk;

/**
 * The monitoring rules (监控规则). Each has a row in the rule table where operators switch it on or off, set
 * its severity and, where the rule has one, its threshold.
 */
public enum RuleCode {
    /** A legal-status event on a pledged patent: lapse, invalidation request, transfer, withdrawal and others. */
    PLEDGED_LEGAL_STATUS_CHANGE,
    /** Outstanding principal over the value of a newly signed valuation report above the threshold (a fraction). */
    LOAN_TO_VALUE,
    /** Repayment overdue by at least the threshold in days (1 by default). */
    REPAYMENT_OVERDUE_1,
    /** Repayment overdue by at least the threshold in days (30 by default). */
    REPAYMENT_OVERDUE_30,
    /** Repayment overdue by at least the threshold in days (90 by default, the usual non-performing line). */
    REPAYMENT_OVERDUE_90,
    /** The borrower's latest rating is at least the threshold in grades below the previous one. */
    RATING_DOWNGRADE,
    /** The borrower is on the abnormal-operation list (经营异常名录). */
    ABNORMAL_OPERATION,
    /** An annual fee of a pledged patent falls due within one of the reminder lead times. */
    ANNUAL_FEE_DUE,
    /** An annual fee of a pledged patent is still unpaid after its due date. */
    ANNUAL_FEE_UNPAID;

    public boolean hasThreshold() {
        return this == LOAN_TO_VALUE || this == REPAYMENT_OVERDUE_1 || this == REPAYMENT_OVERDUE_30
                || this == REPAYMENT_OVERDUE_90 || this == RATING_DOWNGRADE;
    }

    public String messageKey() {
        return "risk.rule." + name();
    }
}
