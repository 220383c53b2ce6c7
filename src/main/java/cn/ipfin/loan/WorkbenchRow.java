package cn.ipfin.loan;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One application as the bank workbench lists it, read without its history and pledged assets. The amount is
 * the requested one in yuan.
 */
public record WorkbenchRow(Long id, Long applicantOrganizationId, Long lenderOrganizationId, Long productId,
        ApplicationState state, BigDecimal amount, int termMonths, LocalDate submittedOn, LocalDate reviewDueOn) {

    /** Returns whether the first review is overdue on the day, by the same rule as the application itself. */
    public boolean isReviewOverdue(LocalDate today) {
        return state.awaitsReview() && reviewDueOn != null && today.isAfter(reviewDueOn);
    }
}
