package cn.ipfin.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;

import cn.ipfin.core.money.Money;
import cn.ipfin.ipasset.IpKind;

/**
 * Due dates and late-payment surcharges of patent annual fees (专利年费), following the implementing
 * regulations of the patent law (专利法实施细则) and CNIPA fee practice.
 *
 * <ul>
 * <li>Fee year {@code n} starts on the {@code n - 1}th anniversary of the filing date. Its fee is due by that
 *     anniversary (申请日对应日). The fee of the year in which the patent is granted is paid with the grant
 *     formalities, so the first fee this calculator tracks is that of the year after the grant.</li>
 * <li>A filing date of 29 February falls on 28 February in common years: CNIPA counts periods in years and
 *     months to the corresponding day, and to the last day of the month where the month has none (专利审查指南,
 *     part V, chapter 7, 2.3). {@link LocalDate#plusYears(long)} does exactly that.</li>
 * <li>An unpaid fee may be paid within six months after the due date with a surcharge (滞纳金) of 5 % of the
 *     full fee for each whole month late: less than one month 0 %, one month up to less than two 5 %, and so
 *     on to 25 % from five whole months until the window ends. After the window the patent lapses.</li>
 * </ul>
 *
 * <p>NOTE: a due date on a public holiday moves to the next working day at CNIPA; this calculator keeps the
 * nominal date, so a reminder may come one or a few days early, never late.
 */
public final class AnnualFeeCalculator {

    private static final BigDecimal RATE_PER_MONTH = new BigDecimal("0.05");
    private static final int LATE_WINDOW_MONTHS = 6;
    private static final int MAX_SURCHARGE_MONTHS = 5;

    private final AnnualFeeTable table;

    public AnnualFeeCalculator(AnnualFeeTable table) {
        this.table = table;
    }

    /** Returns the due date of a fee year: the {@code feeYear - 1}th anniversary of the filing date. */
    public LocalDate dueDate(LocalDate filingDate, int feeYear) {
        if (feeYear < 1) {
            throw new IllegalArgumentException("Fee years start at 1, got " + feeYear);
        }
        return filingDate.plusYears(feeYear - 1L);
    }

    /** Returns the last day of the late-payment window, six months after the due date. */
    public LocalDate lateWindowEnd(LocalDate dueDate) {
        return dueDate.plusMonths(LATE_WINDOW_MONTHS);
    }

    /**
     * Returns the patent year that contains {@code date}, counted from the filing date. Year boundaries are the
     * due dates, so for a 29 February filing the second year starts on 28 February of the next year.
     */
    public int feeYearOf(LocalDate filingDate, LocalDate date) {
        int year = Math.max(1, (int) ChronoUnit.YEARS.between(filingDate, date));
        while (year > 1 && dueDate(filingDate, year).isAfter(date)) {
            year--;
        }
        while (!dueDate(filingDate, year + 1).isAfter(date)) {
            year++;
        }
        return year;
    }

    /**
     * Returns the surcharge rate for a payment on {@code paidOn}: 5 % for each whole month after the due date,
     * at most 25 %.
     *
     * @throws IllegalArgumentException when {@code paidOn} is after the late-payment window
     */
    public BigDecimal surchargeRate(LocalDate dueDate, LocalDate paidOn) {
        if (!paidOn.isAfter(dueDate)) {
            return BigDecimal.ZERO.setScale(2);
        }
        if (paidOn.isAfter(lateWindowEnd(dueDate))) {
            throw new IllegalArgumentException("Payment on " + paidOn + " is after the late-payment window of "
                    + dueDate);
        }
        long wholeMonths = Math.min(ChronoUnit.MONTHS.between(dueDate, paidOn), MAX_SURCHARGE_MONTHS);
        return RATE_PER_MONTH.multiply(BigDecimal.valueOf(wholeMonths));
    }

    /** Quotes one fee year as of {@code asOf}; a lapsed fee carries the 25 % surcharge of the window's end. */
    public AnnualFeeQuote quote(IpKind kind, LocalDate filingDate, int feeYear, LocalDate asOf) {
        LocalDate due = dueDate(filingDate, feeYear);
        LocalDate windowEnd = lateWindowEnd(due);
        AnnualFeeQuote.Stage stage = !asOf.isAfter(due) ? AnnualFeeQuote.Stage.NOT_YET_DUE
                : asOf.isAfter(windowEnd) ? AnnualFeeQuote.Stage.LAPSED : AnnualFeeQuote.Stage.LATE;
        BigDecimal rate = surchargeRate(due, asOf.isAfter(windowEnd) ? windowEnd : asOf);
        Money fee = table.fee(kind, feeYear);
        return new AnnualFeeQuote(feeYear, due, windowEnd, fee, rate, fee.times(rate, RoundingMode.HALF_UP), stage);
    }

    /**
     * Returns the next fee year still to pay as of {@code asOf}: the earliest year after the grant year, not in
     * {@code paidYears}, whose late-payment window has not ended, within the statutory term that ends on
     * {@code expiryDate}. Empty when the term has no such year left.
     */
    public Optional<Integer> nextUnpaidYear(LocalDate filingDate, LocalDate grantDate, LocalDate expiryDate,
            Set<Integer> paidYears, LocalDate asOf) {
        int first = feeYearOf(filingDate, grantDate) + 1;
        for (int year = first; dueDate(filingDate, year).isBefore(expiryDate); year++) {
            if (!paidYears.contains(year) && !lateWindowEnd(dueDate(filingDate, year)).isBefore(asOf)) {
                return Optional.of(year);
            }
        }
        return Optional.empty();
    }
}
