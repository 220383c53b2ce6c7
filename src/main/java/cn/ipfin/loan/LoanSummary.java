package cn.ipfin.loan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import cn.ipfin.core.money.Money;

/**
 * What other modules may know about a loan: parties, product, terms and where it stands. The amount and rate
 * are the approved ones once the bank has prepared the loan, the requested ones before.
 */
public record LoanSummary(Long id, Long applicantOrganizationId, Long lenderOrganizationId,
        Long guarantorOrganizationId, Long productId, ApplicationState state, Money amount, BigDecimal annualRate,
        int termMonths, RepaymentMethod method, LocalDate submittedOn, LocalDate disbursedOn,
        String registrationNumber, Set<Long> assetIds) {

    static LoanSummary of(LoanApplication application) {
        Money amount = application.getApprovedAmount() != null ? application.getApprovedAmount()
                : application.getAmount();
        BigDecimal rate = application.getApprovedRate() != null ? application.getApprovedRate()
                : application.getAnnualRate();
        return new LoanSummary(application.getId(), application.getApplicantOrganizationId(),
                application.getLenderOrganizationId(), application.getGuarantorOrganizationId(),
                application.getProductId(), application.getState(), amount, rate, application.getTermMonths(),
                application.getMethod(), application.getSubmittedOn(), application.getDisbursedOn(),
                application.getRegistrationNumber(), application.getAssetIds());
    }
}
