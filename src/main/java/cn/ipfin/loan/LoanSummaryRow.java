package cn.ipfin.loan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import cn.ipfin.core.money.Money;

/**
 * Row of the summary projection in {@link LoanApplications}, before the pledged assets and the insurer are
 * attached. The amount and rate are already the approved ones where the bank has set them.
 */
record LoanSummaryRow(Long id, Long applicantOrganizationId, Long lenderOrganizationId, Long guarantorOrganizationId,
        Long productId, ApplicationState state, BigDecimal amount, BigDecimal annualRate, int termMonths,
        RepaymentMethod method, LocalDate submittedOn, LocalDate disbursedOn, String registrationNumber) {

    LoanSummary toSummary(Set<Long> assetIds, Set<Long> insurerIds) {
        return new LoanSummary(id, applicantOrganizationId, lenderOrganizationId, guarantorOrganizationId, productId,
                state, Money.of(amount), annualRate, termMonths, method, submittedOn, disbursedOn,
                registrationNumber, Set.copyOf(assetIds),
                LoanSummary.isInsurer(guarantorOrganizationId, insurerIds) ? guarantorOrganizationId : null);
    }
}
