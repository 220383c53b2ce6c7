package cn.ipfin.subsidy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.ipfin.core.error.InvalidInputException.Violation;

/** Checks every field of a policy draft and lists all violations at once. */
final class PolicyDraftValidator {

    private static final BigDecimal MAX_MULTIPLE = BigDecimal.TEN;
    private static final BigDecimal MAX_SPREAD = new BigDecimal("0.10");
    private static final BigDecimal MAX_BASE_RATE = new BigDecimal("0.20");
    private static final int MAX_TERM_MONTHS = 360;

    private PolicyDraftValidator() {
    }

    static List<Violation> violations(PolicyDraft draft) {
        List<Violation> violations = new ArrayList<>();
        text(violations, "name", draft.name(), 200);
        text(violations, "region", draft.region(), 100);
        text(violations, "changeNote", draft.changeNote(), 500);
        if (draft.description() != null && draft.description().length() > 2000) {
            violations.add(new Violation("description", "subsidy.policy.description.tooLong", 2000));
        }
        if (draft.effectiveFrom() == null) {
            violations.add(new Violation("effectiveFrom", "subsidy.policy.effectiveFrom.missing"));
        } else if (draft.effectiveTo() != null && draft.effectiveTo().isBefore(draft.effectiveFrom())) {
            violations.add(new Violation("effectiveTo", "subsidy.policy.effectiveTo.beforeFrom"));
        }
        rateCap(violations, draft);
        if (draft.techSmeRequired() == null) {
            violations.add(new Violation("techSmeRequired", "subsidy.policy.techSmeRequired.missing"));
        }
        if (draft.maxTermMonths() != null && (draft.maxTermMonths() < 1 || draft.maxTermMonths() > MAX_TERM_MONTHS)) {
            violations.add(new Violation("maxTermMonths", "subsidy.policy.maxTermMonths.invalid", MAX_TERM_MONTHS));
        }
        if (draft.maxLoanAmount() != null && !draft.maxLoanAmount().isPositive()) {
            violations.add(new Violation("maxLoanAmount", "subsidy.policy.amount.notPositive"));
        }
        base(violations, draft);
        share(violations, "share", draft.share(), true);
        share(violations, "guaranteedShare", draft.guaranteedShare(), false);
        if (draft.annualCap() != null && !draft.annualCap().isPositive()) {
            violations.add(new Violation("annualCap", "subsidy.policy.amount.notPositive"));
        }
        if (draft.status() == null) {
            violations.add(new Violation("status", "subsidy.policy.status.missing"));
        }
        return violations;
    }

    private static void rateCap(List<Violation> violations, PolicyDraft draft) {
        if (draft.rateCapKind() == null) {
            violations.add(new Violation("rateCapKind", "subsidy.policy.rateCapKind.missing"));
        } else if (draft.rateCapKind() == RateCapKind.LPR_MULTIPLE && !between(draft.rateCapMultiple(),
                BigDecimal.ZERO, MAX_MULTIPLE)) {
            violations.add(new Violation("rateCapMultiple", "subsidy.policy.rateCapMultiple.invalid"));
        } else if (draft.rateCapKind() == RateCapKind.LPR_PLUS_SPREAD && !between(draft.rateCapSpread(),
                BigDecimal.ZERO, MAX_SPREAD)) {
            violations.add(new Violation("rateCapSpread", "subsidy.policy.rateCapSpread.invalid"));
        }
    }

    private static void base(List<Violation> violations, PolicyDraft draft) {
        if (draft.base() == null) {
            violations.add(new Violation("base", "subsidy.policy.base.missing"));
        } else if (draft.baseRate() != null && (draft.base() != SubsidyBase.PRINCIPAL_TIMES_RATE
                || draft.baseRate().signum() <= 0 || draft.baseRate().compareTo(MAX_BASE_RATE) > 0)) {
            violations.add(new Violation("baseRate", "subsidy.policy.baseRate.invalid"));
        }
    }

    private static void share(List<Violation> violations, String field, BigDecimal share, boolean required) {
        if (share == null) {
            if (required) {
                violations.add(new Violation(field, "subsidy.policy.share.invalid"));
            }
        } else if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0 || share.stripTrailingZeros().scale() > 4) {
            violations.add(new Violation(field, "subsidy.policy.share.invalid"));
        }
    }

    private static void text(List<Violation> violations, String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "subsidy.policy.text.missing"));
        } else if (value.strip().length() > maxLength) {
            violations.add(new Violation(field, "subsidy.policy.text.tooLong", maxLength));
        }
    }

    /** Returns whether the value lies above {@code low} and at most {@code high}. */
    private static boolean between(BigDecimal value, BigDecimal low, BigDecimal high) {
        return value != null && value.compareTo(low) > 0 && value.compareTo(high) <= 0;
    }
}
