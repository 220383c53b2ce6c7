package cn.ipfin.loan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.InvalidInputException.Violation;
import cn.ipfin.core.money.Money;

/**
 * The terms a repayment schedule is computed from, validated on construction.
 *
 * <p>{@code principal} is in yuan, more than 0, with at most two decimals and below one trillion yuan.
 * {@code annualRate} is a decimal fraction in [0, 1) with at most eight decimals, so 4.5 % is {@code 0.045}.
 * {@code termMonths} is the number of monthly periods, 1 to 360. {@code firstDueDate} is optional. When present
 * it must fall after {@code startDate} and at most two calendar months after it, and it becomes the due date of
 * period 1.
 */
public record LoanTerms(Money principal, BigDecimal annualRate, int termMonths, RepaymentMethod method,
        LocalDate startDate, LocalDate firstDueDate) {

    public static final int MIN_TERM_MONTHS = 1;
    public static final int MAX_TERM_MONTHS = 360;
    /** Integer digits of the largest principal, so 999,999,999,999.99 yuan is the maximum. */
    public static final int MAX_PRINCIPAL_INTEGER_DIGITS = 12;
    public static final int MAX_FIRST_PERIOD_MONTHS = 2;
    /**
     * Maximum decimal places of the annual rate. Quoted rates such as 0.0435 need about four, and the limit keeps
     * a rate such as 1E-999999999 from making fen rounding work through a billion digits.
     */
    public static final int MAX_RATE_DECIMALS = 8;

    // NOTE: these bounds only keep every due date inside four-digit years. No regulation sets them.
    static final LocalDate MIN_START_DATE = LocalDate.of(1900, 1, 1);
    static final LocalDate MAX_START_DATE = LocalDate.of(2999, 12, 31);

    private static final BigDecimal PRINCIPAL_LIMIT = BigDecimal.TEN.pow(MAX_PRINCIPAL_INTEGER_DIGITS);

    /**
     * Validates every field and keeps the principal at two decimal places.
     *
     * @throws InvalidInputException listing every invalid field with its message key
     */
    public LoanTerms {
        List<Violation> violations = new ArrayList<>();
        addPrincipalViolation(principal, violations);
        addAnnualRateViolation(annualRate, violations);
        if (termMonths < MIN_TERM_MONTHS || termMonths > MAX_TERM_MONTHS) {
            violations.add(new Violation("termMonths", "loan.termMonths.range"));
        }
        if (method == null) {
            violations.add(new Violation("method", "loan.method.required"));
        }
        violations.addAll(dateViolations(startDate, firstDueDate));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }

        principal = Money.of(principal.amount());
    }

    /** Creates terms whose periods are all whole months, the first ending one month after the start date. */
    public LoanTerms(Money principal, BigDecimal annualRate, int termMonths, RepaymentMethod method,
            LocalDate startDate) {
        this(principal, annualRate, termMonths, method, startDate, null);
    }

    /**
     * Checks the start date and the optional first due date, the two fields that depend on each other, and
     * returns a violation for each invalid one. Request validation calls this too, so both apply one rule.
     */
    public static List<Violation> dateViolations(LocalDate startDate, LocalDate firstDueDate) {
        if (startDate == null) {
            return List.of(new Violation("startDate", "loan.startDate.required"));
        }
        if (startDate.isBefore(MIN_START_DATE) || startDate.isAfter(MAX_START_DATE)) {
            return List.of(new Violation("startDate", "loan.startDate.range"));
        }
        if (firstDueDate != null && (!firstDueDate.isAfter(startDate)
                || firstDueDate.isAfter(startDate.plusMonths(MAX_FIRST_PERIOD_MONTHS)))) {
            return List.of(new Violation("firstDueDate", "loan.firstDueDate.range"));
        }
        return List.of();
    }

    /**
     * Returns the due date of a period counted from 1. Without a first due date, period n falls n months after
     * the start date, and with one, n − 1 months after the first due date. A day missing from a shorter month
     * becomes that month's last day, and later months return to the original day because every date is
     * computed from the same anchor, never from the previous due date.
     */
    public LocalDate dueDate(int period) {
        if (firstDueDate == null) {
            return startDate.plusMonths(period);
        }
        return firstDueDate.plusMonths(period - 1L);
    }

    public LocalDate maturityDate() {
        return dueDate(termMonths);
    }

    /** Returns whether period 1 is longer or shorter than a whole month, so that it accrues interest by the day. */
    public boolean hasBrokenFirstPeriod() {
        return firstDueDate != null && !firstDueDate.equals(startDate.plusMonths(1));
    }

    /** Returns the actual number of days from the start date to the due date of period 1. */
    public long firstPeriodDays() {
        return ChronoUnit.DAYS.between(startDate, dueDate(1));
    }

    private static void addPrincipalViolation(Money principal, List<Violation> violations) {
        if (principal == null) {
            violations.add(new Violation("principal", "loan.principal.required"));
        } else if (!principal.isPositive()) {
            violations.add(new Violation("principal", "loan.principal.positive"));
        } else if (principal.amount().stripTrailingZeros().scale() > Money.SCALE
                || principal.amount().compareTo(PRINCIPAL_LIMIT) >= 0) {
            violations.add(new Violation("principal", "loan.principal.digits"));
        }
    }

    private static void addAnnualRateViolation(BigDecimal annualRate, List<Violation> violations) {
        if (annualRate == null) {
            violations.add(new Violation("annualRate", "loan.annualRate.required"));
        } else if (annualRate.signum() < 0 || annualRate.compareTo(BigDecimal.ONE) >= 0) {
            violations.add(new Violation("annualRate", "loan.annualRate.range"));
        } else if (annualRate.stripTrailingZeros().scale() > MAX_RATE_DECIMALS) {
            violations.add(new Violation("annualRate", "loan.annualRate.digits"));
        }
    }
}
