package cn.ipfin.subsidy;

/** The amount a subsidy is a share of (贴息基数). */
public enum SubsidyBase {
    /** The interest the enterprise actually paid in the claim period. */
    INTEREST_PAID,
    /** The loan principal times an annual rate (a fixed rate or the 1-year LPR) for the days of the period. */
    PRINCIPAL_TIMES_RATE
}
