package cn.ipfin.subsidy;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.ipfin.core.money.Money;
import cn.ipfin.loan.LoanSummary;

/**
 * What a claim is computed from and the result: the loan, the policy version in force at the start of the
 * period, the 1-year LPR on the disbursement date, the interest paid in the period, whether the enterprise is a
 * qualified tech SME, and the assessment.
 */
public record ClaimBasis(LoanSummary loan, SubsidyPolicy policy, LocalDate periodFrom, LocalDate periodTo,
        BigDecimal lpr, Money interestPaid, boolean techSme, SubsidyAssessment assessment) {
}
