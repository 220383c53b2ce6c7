package cn.ipfin.loan;

/** A regular repayment (正常还款), a partial early repayment (部分提前还款) or an early repayment in full (提前结清). */
public enum RepaymentKind {
    REGULAR, EARLY_PARTIAL, EARLY_FULL;

    public String messageKey() {
        return "loan.repayment.kind." + name();
    }
}
