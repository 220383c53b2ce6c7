package cn.ipfin.loan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.ipfin.core.error.InvalidInputException.Violation;

/** Checks the fields of a loan application and collects every problem, each on its field. */
final class ApplicationDraftValidator {

    static final int MAX_ASSETS = 20;

    private ApplicationDraftValidator() {
    }

    static List<Violation> violations(ApplicationDraft draft) {
        List<Violation> violations = new ArrayList<>();
        if (draft.amount() == null || !draft.amount().isPositive()
                || draft.amount().amount().precision() - draft.amount().amount().scale() > 12) {
            violations.add(new Violation("amount", "loan.amount.invalid"));
        }
        if (draft.termMonths() < 1 || draft.termMonths() > 360) {
            violations.add(new Violation("termMonths", "loan.termMonths.range"));
        }
        BigDecimal rate = draft.annualRate();
        if (rate == null || rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
            violations.add(new Violation("annualRate", "loan.annualRate.range"));
        }
        if (draft.method() == null) {
            violations.add(new Violation("method", "loan.method.required"));
        }
        if (draft.purpose() == null || draft.purpose().isBlank() || draft.purpose().length() > 500) {
            violations.add(new Violation("purpose", "loan.purpose.invalid"));
        }
        if (draft.assetIds().isEmpty() || draft.assetIds().size() > MAX_ASSETS) {
            violations.add(new Violation("assetIds", "loan.assets.invalid", MAX_ASSETS));
        }
        return violations;
    }
}
