package cn.ipfin.subsidy;

/** How a policy limits the loan rate (利率上限) against the 1-year loan prime rate (LPR). */
public enum RateCapKind {
    /** No limit on the loan rate. */
    NONE,
    /** The rate may not exceed the LPR times a multiple, such as LPR × 1.4. */
    LPR_MULTIPLE,
    /** The rate may not exceed the LPR plus a spread, such as LPR + 150 bp. */
    LPR_PLUS_SPREAD
}
