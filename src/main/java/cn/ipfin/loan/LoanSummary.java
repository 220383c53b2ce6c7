package cn.ipfin.loan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import cn.ipfin.core.money.Money;

/**
 * What other modules may know about a loan: parties, product, terms and where it stands. The amount and rate
 * are the approved ones once the bank has prepared the loan, the requested ones before.
 *
 * @param guarantorOrganizationId the one organisation the application names to cover the loan, a guarantor or
 *                                an insurer, or null when the bank lends alone
 * @param insurerOrganizationId   the same organisation when it is an insurer (保险公司), otherwise null
 */
public record LoanSummary(Long id, Long applicantOrganizationId, Long lenderOrganizationId,
        Long guarantorOrganizationId, Long productId, ApplicationState state, Money amount, BigDecimal annualRate,
        int termMonths, RepaymentMethod method, LocalDate submittedOn, LocalDate disbursedOn,
        String registrationNumber, Set<Long> assetIds, Long insurerOrganizationId) {

    static LoanSummary of(LoanApplication application, Set<Long> insurerIds) {
        Money amount = application.getApprovedAmount() != null ? application.getApprovedAmount()
                : application.getAmount();
        BigDecimal rate = application.getApprovedRate() != null ? application.getApprovedRate()
                : application.getAnnualRate();
        return new LoanSummary(application.getId(), application.getApplicantOrganizationId(),
                application.getLenderOrganizationId(), application.getGuarantorOrganizationId(),
                application.getProductId(), application.getState(), amount, rate, application.getTermMonths(),
                application.getMethod(), application.getSubmittedOn(), application.getDisbursedOn(),
                application.getRegistrationNumber(), application.getAssetIds(),
                isInsurer(application.getGuarantorOrganizationId(), insurerIds)
                        ? application.getGuarantorOrganizationId() : null);
    }

    /** Returns whether the covering organisation is one of the insurers; immutable sets reject a null look-up. */
    static boolean isInsurer(Long organizationId, Set<Long> insurerIds) {
        return organizationId != null && insurerIds.contains(organizationId);
    }
}
