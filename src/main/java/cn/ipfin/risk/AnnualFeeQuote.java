package cn.ipfin.risk;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.ipfin.core.money.Money;

/**
 * The annual fee of one fee year as of a date: when it is due, until when it may still be paid with a
 * surcharge, and what it costs on that date.
 *
 * @param feeYear        the patent year the fee pays for, counted from the filing date (year 1 starts on it)
 * @param dueDate        the last day to pay without surcharge
 * @param lateWindowEnd  the last day of the six-month late-payment window (滞纳期)
 * @param fee            the full annual fee
 * @param surchargeRate  the surcharge (滞纳金) as a fraction of the fee on the quoted date
 * @param surcharge      the surcharge in yuan
 * @param stage          the stage of the fee on the quoted date
 */
public record AnnualFeeQuote(int feeYear, LocalDate dueDate, LocalDate lateWindowEnd, Money fee,
        BigDecimal surchargeRate, Money surcharge, Stage stage) {

    /** The stage of an unpaid fee on a date. */
    public enum Stage {
        /** On or before the due date. */
        NOT_YET_DUE,
        /** After the due date, within the late-payment window. */
        LATE,
        /** After the late-payment window: the patent lapses from the due date. */
        LAPSED
    }

    public Money total() {
        return fee.plus(surcharge);
    }
}
