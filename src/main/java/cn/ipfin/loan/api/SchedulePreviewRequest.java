package cn.ipfin.loan.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.ipfin.core.money.Money;
import cn.ipfin.loan.LoanTerms;
import cn.ipfin.loan.RepaymentMethod;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The loan terms to preview a repayment schedule for. {@code principal} is in yuan and {@code annualRate} a
 * decimal fraction (0.045 for 4.5 %). Both accept a JSON number or a decimal string, and Jackson reads either
 * straight into {@link BigDecimal}, not through {@code double}. The bounds are those of {@link LoanTerms}.
 */
@ValidScheduleDates
public record SchedulePreviewRequest(
        @NotNull(message = "{loan.principal.required}")
        @DecimalMin(value = "0", inclusive = false, message = "{loan.principal.positive}")
        @Digits(integer = LoanTerms.MAX_PRINCIPAL_INTEGER_DIGITS, fraction = Money.SCALE,
                message = "{loan.principal.digits}")
        BigDecimal principal,

        @NotNull(message = "{loan.annualRate.required}")
        @DecimalMin(value = "0", message = "{loan.annualRate.range}")
        @DecimalMax(value = "1", inclusive = false, message = "{loan.annualRate.range}")
        @Digits(integer = 1, fraction = LoanTerms.MAX_RATE_DECIMALS, message = "{loan.annualRate.digits}")
        BigDecimal annualRate,

        @NotNull(message = "{loan.termMonths.required}")
        @Min(value = LoanTerms.MIN_TERM_MONTHS, message = "{loan.termMonths.range}")
        @Max(value = LoanTerms.MAX_TERM_MONTHS, message = "{loan.termMonths.range}")
        Integer termMonths,

        @NotNull(message = "{loan.method.required}")
        RepaymentMethod method,

        @NotNull(message = "{loan.startDate.required}")
        LocalDate startDate,

        LocalDate firstDueDate) {

    /**
     * Converts the request into loan terms, which validate themselves again.
     *
     * @throws cn.ipfin.core.error.InvalidInputException when a field is invalid, for a request that did not
     *         pass Bean Validation first
     */
    public LoanTerms toTerms() {
        Money amount = principal == null ? null : new Money(principal);
        int months = termMonths == null ? 0 : termMonths;
        return new LoanTerms(amount, annualRate, months, method, startDate, firstDueDate);
    }
}
