package cn.ipfin.loan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

import cn.ipfin.core.money.Money;

/**
 * Computes the repayment schedule (还款计划) of a loan for each {@link RepaymentMethod}.
 *
 * <p>Amounts are yuan and rates annual decimal fractions. Period n is due on {@link LoanTerms#dueDate(int)}.
 * The interest of a whole-month period is balance × annual rate / 12. A broken first period, one that ends on a
 * first due date other than one month after the start date, accrues balance × annual rate / 360 × the actual
 * days from the start date to the first due date. Each period's interest is rounded to the fen once, and
 * quotients and powers before that rounding use the {@link MathContext} given to the constructor.
 *
 * <ul>
 *   <li>{@code EQUAL_INSTALLMENT} (等额本息): the payment is principal × r × (1 + r)^n / ((1 + r)^n − 1) with
 *       the monthly rate r = annual rate / 12 and n the term in months, or principal / n at a zero rate, rounded
 *       to the fen. The principal part of a period is that payment less a whole month's interest on the
 *       balance. A broken first period keeps this principal part and charges its daily interest instead, so its
 *       payment alone differs. The last period repays the remaining balance, which absorbs the rounding
 *       remainder of all earlier periods.
 *   <li>{@code EQUAL_PRINCIPAL} (等额本金): principal / n rounded to the fen each period plus interest on the
 *       balance, and the last period repays the remaining balance.
 *   <li>{@code INTEREST_ONLY} (按月付息，到期还本): interest each period and the whole principal in the last.
 *   <li>{@code BULLET} (到期一次还本付息): one instalment at maturity with principal × annual rate × n / 12 of
 *       interest. With a broken first period the interest is principal × annual rate × (days / 360 +
 *       (n − 1) / 12), which is daily for the broken period and monthly for the n − 1 whole months after it.
 *       That interest is rounded once.
 * </ul>
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public class RepaymentScheduleCalculator {

    private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);
    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(360);

    private final MathContext mathContext;
    private final RoundingMode fenRounding;

    /** Creates a calculator that computes with 34 significant digits and rounds to the fen half up (四舍五入). */
    public RepaymentScheduleCalculator() {
        this(MathContext.DECIMAL128, RoundingMode.HALF_UP);
    }

    /**
     * Creates a calculator with the precision for intermediate quotients and powers and the rounding mode for
     * every amount rounded to the fen.
     */
    public RepaymentScheduleCalculator(MathContext mathContext, RoundingMode fenRounding) {
        this.mathContext = Objects.requireNonNull(mathContext, "mathContext");
        this.fenRounding = Objects.requireNonNull(fenRounding, "fenRounding");
    }

    public RepaymentSchedule calculate(LoanTerms terms) {
        return switch (terms.method()) {
            case EQUAL_INSTALLMENT -> equalInstallments(terms);
            case EQUAL_PRINCIPAL -> equalPrincipal(terms);
            case INTEREST_ONLY -> interestOnly(terms);
            case BULLET -> bullet(terms);
        };
    }

    /**
     * Returns the rounded equal-instalment payment: principal × r × (1 + r)^n / ((1 + r)^n − 1) with
     * r = annual rate / 12, or principal / n when the rate is zero.
     */
    public Money annuityPayment(LoanTerms terms) {
        BigDecimal principal = terms.principal().amount();
        BigDecimal months = BigDecimal.valueOf(terms.termMonths());
        if (terms.annualRate().signum() == 0) {
            return toFen(principal.divide(months, mathContext));
        }

        BigDecimal monthlyRate = terms.annualRate().divide(MONTHS_PER_YEAR, mathContext);
        BigDecimal growth = BigDecimal.ONE.add(monthlyRate).pow(terms.termMonths(), mathContext);
        BigDecimal numerator = principal.multiply(monthlyRate, mathContext).multiply(growth, mathContext);
        return toFen(numerator.divide(growth.subtract(BigDecimal.ONE), mathContext));
    }

    // NOTE: the fen rounding of the payment compounds over the term, so the last instalment can differ from the
    // others by more than a few fen: 282.06 yuan for 1,000,000 yuan at 24 % over 360 months. A small loan at a
    // high rate over many months can even be repaid before the last period, and the periods after that are zero.
    private RepaymentSchedule equalInstallments(LoanTerms terms) {
        Money payment = annuityPayment(terms);
        ScheduleBuilder schedule = new ScheduleBuilder(terms.principal());
        boolean brokenFirstPeriod = terms.hasBrokenFirstPeriod();
        for (int period = 1; period < terms.termMonths(); period++) {
            Money monthlyInterest = monthlyInterest(schedule.balance(), terms);
            Money interest = period == 1 && brokenFirstPeriod ? periodInterest(terms, period, schedule.balance())
                    : monthlyInterest;
            schedule.repay(terms.dueDate(period), payment.minus(monthlyInterest), interest);
        }
        repayRemainder(terms, schedule);
        return schedule.build();
    }

    private RepaymentSchedule equalPrincipal(LoanTerms terms) {
        BigDecimal months = BigDecimal.valueOf(terms.termMonths());
        Money principalPart = toFen(terms.principal().amount().divide(months, mathContext));
        ScheduleBuilder schedule = new ScheduleBuilder(terms.principal());
        for (int period = 1; period < terms.termMonths(); period++) {
            schedule.repay(terms.dueDate(period), principalPart, periodInterest(terms, period, schedule.balance()));
        }
        repayRemainder(terms, schedule);
        return schedule.build();
    }

    private RepaymentSchedule interestOnly(LoanTerms terms) {
        ScheduleBuilder schedule = new ScheduleBuilder(terms.principal());
        for (int period = 1; period < terms.termMonths(); period++) {
            schedule.repay(terms.dueDate(period), Money.ZERO, periodInterest(terms, period, schedule.balance()));
        }
        repayRemainder(terms, schedule);
        return schedule.build();
    }

    private RepaymentSchedule bullet(LoanTerms terms) {
        BigDecimal yearlyInterest = terms.principal().amount().multiply(terms.annualRate());
        int wholeMonths = terms.termMonths();
        BigDecimal interest = BigDecimal.ZERO;
        if (terms.hasBrokenFirstPeriod()) {
            wholeMonths--;
            BigDecimal days = BigDecimal.valueOf(terms.firstPeriodDays());
            interest = yearlyInterest.multiply(days).divide(DAYS_PER_YEAR, mathContext);
        }
        BigDecimal monthsInterest = yearlyInterest.multiply(BigDecimal.valueOf(wholeMonths))
                .divide(MONTHS_PER_YEAR, mathContext);

        ScheduleBuilder schedule = new ScheduleBuilder(terms.principal());
        schedule.repayBalance(terms.maturityDate(), toFen(interest.add(monthsInterest, mathContext)));
        return schedule.build();
    }

    private void repayRemainder(LoanTerms terms, ScheduleBuilder schedule) {
        int last = terms.termMonths();
        schedule.repayBalance(terms.dueDate(last), periodInterest(terms, last, schedule.balance()));
    }

    Money periodInterest(LoanTerms terms, int period, Money balance) {
        if (period == 1 && terms.hasBrokenFirstPeriod()) {
            BigDecimal days = BigDecimal.valueOf(terms.firstPeriodDays());
            BigDecimal accrued = balance.amount().multiply(terms.annualRate()).multiply(days);
            return divideToFen(accrued, DAYS_PER_YEAR);
        }
        return monthlyInterest(balance, terms);
    }

    Money monthlyInterest(Money balance, LoanTerms terms) {
        BigDecimal accrued = balance.amount().multiply(terms.annualRate());
        return divideToFen(accrued, MONTHS_PER_YEAR);
    }

    /**
     * Returns dividend / divisor rounded to the fen, equal to rounding the quotient first to the precision of the
     * math context and then to the fen. For a divisor d ≤ 360 a quotient that is not on a rounding boundary lies at
     * least 10<sup>−max(s, 3)</sup> / d from it, s being the dividend's scale. When the dividend has at least six
     * digits fewer than the context's precision, the first rounding moves the quotient by less than that, so it
     * cannot change the fen, and the division to scale 2 is done directly. It costs a fraction of a 34-digit one.
     */
    private Money divideToFen(BigDecimal dividend, BigDecimal divisor) {
        int precision = mathContext.getPrecision();
        if (precision > 0 && dividend.precision() + 6 <= precision) {
            return new Money(dividend.divide(divisor, Money.SCALE, fenRounding));
        }
        return toFen(dividend.divide(divisor, mathContext));
    }

    private Money toFen(BigDecimal amount) {
        return Money.ofRounded(amount, fenRounding);
    }
}
