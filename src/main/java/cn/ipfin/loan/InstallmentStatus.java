package cn.ipfin.loan;

/** Where one instalment stands on a given day: paid (已还), partly paid (部分还款), overdue (逾期) or due (待还). */
public enum InstallmentStatus {
    PAID, PARTLY_PAID, OVERDUE, DUE;

    public String messageKey() {
        return "loan.installment.status." + name();
    }
}
