package cn.ipfin.subsidy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.ipfin.core.money.Money;
import cn.ipfin.credit.TechSmeAssessmentRecord;
import cn.ipfin.credit.TechSmeAssessmentService;
import cn.ipfin.loan.LoanSummary;
import cn.ipfin.product.LoanPrimeRates;
import cn.ipfin.subsidy.ClaimFacts.YearInput;
import cn.ipfin.subsidy.SubsidyCalculator.YearSlice;
import org.springframework.stereotype.Component;

/**
 * Gathers the facts of a claim from the loan, product and credit modules and applies the policy version in force
 * at the start of the period. The LPR is the 1-year rate in force on the disbursement date, when the loan rate
 * was fixed.
 */
@Component
class ClaimAssessor {

    private final SubsidyPolicyService policies;
    private final SubsidyClaims claims;
    private final PaidInterest paidInterest;
    private final LoanPrimeRates loanPrimeRates;
    private final TechSmeAssessmentService techSme;
    private final SubsidyCalculator calculator = new SubsidyCalculator();

    ClaimAssessor(SubsidyPolicyService policies, SubsidyClaims claims, PaidInterest paidInterest,
            LoanPrimeRates loanPrimeRates, TechSmeAssessmentService techSme) {
        this.policies = policies;
        this.claims = claims;
        this.paidInterest = paidInterest;
        this.loanPrimeRates = loanPrimeRates;
        this.techSme = techSme;
    }

    /** Assesses a claim; {@code excludedClaimId} leaves a resubmitted claim out of the yearly cap, or is null. */
    ClaimBasis assess(LoanSummary loan, ClaimRequest request, Long excludedClaimId) {
        SubsidyPolicy policy = policies.inForceOn(request.policyCode(), request.periodFrom());
        LocalDate rateDate = loan.disbursedOn() != null ? loan.disbursedOn() : loan.submittedOn();
        BigDecimal lpr = loanPrimeRates.oneYearOn(rateDate);
        boolean qualified = techSme.latestOf(loan.applicantOrganizationId())
                .map(TechSmeAssessmentRecord::isQualified).orElse(false);

        List<YearInput> years = new ArrayList<>();
        Money interestPaid = Money.ZERO;
        for (YearSlice slice : SubsidyCalculator.yearsOf(request.periodFrom(), request.periodTo())) {
            Money paid = paidInterest.between(loan.id(), slice.from(), slice.to());
            Money claimedBefore = Money.of(claims.claimedInYear(loan.applicantOrganizationId(), policy.getCode(),
                    slice.year(), SubsidyClaimService.LIVE_STATES, excludedClaimId == null ? -1L : excludedClaimId));
            years.add(new YearInput(slice.year(), slice.from(), slice.to(), paid, claimedBefore));
            interestPaid = interestPaid.plus(paid);
        }

        ClaimFacts facts = new ClaimFacts(loan.annualRate(), lpr, loan.amount(), loan.termMonths(),
                loan.guarantorOrganizationId() != null, qualified, request.periodFrom(), request.periodTo(), years);
        return new ClaimBasis(loan, policy, request.periodFrom(), request.periodTo(), lpr, interestPaid, qualified,
                calculator.assess(policy.terms(), facts));
    }
}
