package cn.ipfin.loan;

/** Repayment method (还款方式): the pattern in which a loan's principal and interest fall due over its term. */
public enum RepaymentMethod {

    /** Equal monthly instalments of principal and interest (等额本息), an annuity. */
    EQUAL_INSTALLMENT,

    /** Equal monthly principal parts plus interest on the balance (等额本金), so payments fall over time. */
    EQUAL_PRINCIPAL,

    /** Monthly interest and all principal at maturity (按月付息，到期还本). */
    INTEREST_ONLY,

    /** All principal and interest in one payment at maturity (到期一次还本付息). */
    BULLET
}
