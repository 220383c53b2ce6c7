package cn.ipfin.loan;

import java.time.LocalDate;
import java.util.Set;

/**
 * Published when a loan is settled (贷款结清): its principal, interest and penalty interest are repaid and the
 * pledges on {@code assetIds} are released. {@code settledOn} is the value date of the last repayment.
 */
public record LoanSettled(Long loanId, Long applicantOrganizationId, Long lenderOrganizationId, LocalDate settledOn,
        Set<Long> assetIds) {

    public LoanSettled {
        assetIds = Set.copyOf(assetIds);
    }
}
