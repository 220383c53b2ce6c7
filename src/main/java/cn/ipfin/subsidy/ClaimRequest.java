package cn.ipfin.subsidy;

import java.time.LocalDate;

/** The loan, policy code and period (both ends included) an enterprise claims a subsidy for. */
public record ClaimRequest(Long loanId, String policyCode, LocalDate periodFrom, LocalDate periodTo) {
}
