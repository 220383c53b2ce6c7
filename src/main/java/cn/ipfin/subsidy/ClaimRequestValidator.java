package cn.ipfin.subsidy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.ipfin.core.error.InvalidInputException.Violation;

/** Checks the fields of a claim request and lists all violations at once. */
final class ClaimRequestValidator {

    private ClaimRequestValidator() {
    }

    /** Lists the violations; the period must end no later than {@code today}, since interest must be paid. */
    static List<Violation> violations(ClaimRequest request, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (request.loanId() == null) {
            violations.add(new Violation("loanId", "subsidy.claim.loanId.missing"));
        }
        if (request.policyCode() == null || request.policyCode().isBlank()) {
            violations.add(new Violation("policyCode", "subsidy.claim.policyCode.missing"));
        }
        if (request.periodFrom() == null) {
            violations.add(new Violation("periodFrom", "subsidy.claim.periodFrom.missing"));
        }
        if (request.periodTo() == null) {
            violations.add(new Violation("periodTo", "subsidy.claim.periodTo.missing"));
        } else if (request.periodFrom() != null && request.periodTo().isBefore(request.periodFrom())) {
            violations.add(new Violation("periodTo", "subsidy.claim.periodTo.beforeFrom"));
        } else if (request.periodTo().isAfter(today)) {
            violations.add(new Violation("periodTo", "subsidy.claim.periodTo.future", today));
        }
        return violations;
    }
}
