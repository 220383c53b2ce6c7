package cn.ipfin.loan;

/**
 * What a partial early repayment (部分提前还款) changes: a lower instalment over the same term (减少月供) or a
 * shorter term (缩短期限) keeping the instalment of an equal-instalment loan or the principal per period of an
 * equal-principal loan.
 */
public enum EarlyRepaymentOption {
    LOWER_INSTALLMENT, SHORTER_TERM;

    public String messageKey() {
        return "loan.early.option." + name();
    }
}
