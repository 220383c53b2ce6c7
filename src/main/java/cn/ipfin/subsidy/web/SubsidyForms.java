package cn.ipfin.subsidy.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.InvalidInputException.Violation;
import cn.ipfin.core.money.Money;
import cn.ipfin.subsidy.ClaimRequest;
import cn.ipfin.subsidy.PolicyDraft;
import cn.ipfin.subsidy.PolicyStatus;
import cn.ipfin.subsidy.RateCapKind;
import cn.ipfin.subsidy.SubsidyBase;
import cn.ipfin.subsidy.SubsidyPolicy;

/**
 * Reads the text fields of the subsidy pages. Text that is no number or date becomes a field error, never a 500.
 * The policy form takes shares and the base rate in percent and the spread in basis points, which is how policy
 * documents state them; the service stores decimal fractions.
 */
final class SubsidyForms {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal BASIS_POINTS = BigDecimal.valueOf(10_000);

    private SubsidyForms() {
    }

    static ClaimRequest claim(Map<String, String> form) {
        List<Violation> violations = new ArrayList<>();
        Long loanId = null;
        String loan = form.get("loanId");
        if (loan != null && !loan.isBlank()) {
            try {
                loanId = Long.valueOf(loan.strip());
            } catch (NumberFormatException e) {
                violations.add(new Violation("loanId", "subsidy.claim.loanId.missing"));
            }
        }
        LocalDate from = date(form, "periodFrom", violations);
        LocalDate to = date(form, "periodTo", violations);
        throwIfAny(violations);
        return new ClaimRequest(loanId, form.get("policyCode"), from, to);
    }

    static PolicyDraft policy(Map<String, String> form) {
        List<Violation> violations = new ArrayList<>();
        PolicyDraft draft = new PolicyDraft(form.get("name"), form.get("region"), form.get("description"),
                date(form, "effectiveFrom", violations), date(form, "effectiveTo", violations),
                choice(RateCapKind.class, form.get("rateCapKind")), decimal(form, "rateCapMultiple", violations),
                scaled(form, "rateCapSpread", BASIS_POINTS, violations), form.containsKey("techSmeRequired"),
                whole(form, "maxTermMonths", violations), money(form, "maxLoanAmount", violations),
                choice(SubsidyBase.class, form.get("base")), scaled(form, "baseRate", HUNDRED, violations),
                scaled(form, "share", HUNDRED, violations), scaled(form, "guaranteedShare", HUNDRED, violations),
                money(form, "annualCap", violations), choice(PolicyStatus.class, form.get("status")),
                form.get("changeNote"));
        throwIfAny(violations);
        return draft;
    }

    /** Returns the form fields of a version, in the units of the form. */
    static Map<String, String> policyForm(SubsidyPolicy policy, LocalDate effectiveFrom) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", policy.getName());
        form.put("region", policy.getRegion());
        form.put("description", policy.getDescription() == null ? "" : policy.getDescription());
        form.put("effectiveFrom", effectiveFrom.toString());
        form.put("effectiveTo", policy.getEffectiveTo() == null ? "" : policy.getEffectiveTo().toString());
        form.put("rateCapKind", policy.getRateCapKind().name());
        form.put("rateCapMultiple", plain(policy.getRateCapMultiple(), BigDecimal.ONE));
        form.put("rateCapSpread", plain(policy.getRateCapSpread(), BASIS_POINTS));
        if (policy.isTechSmeRequired()) {
            form.put("techSmeRequired", "on");
        }
        form.put("maxTermMonths", policy.getMaxTermMonths() == null ? "" : policy.getMaxTermMonths().toString());
        form.put("maxLoanAmount", policy.getMaxLoanAmount() == null ? "" : policy.getMaxLoanAmount().toString());
        form.put("base", policy.getBase().name());
        form.put("baseRate", plain(policy.getBaseRate(), HUNDRED));
        form.put("share", plain(policy.getShare(), HUNDRED));
        form.put("guaranteedShare", plain(policy.getGuaranteedShare(), HUNDRED));
        form.put("annualCap", policy.getAnnualCap() == null ? "" : policy.getAnnualCap().toString());
        form.put("status", policy.getStatus().name());
        form.put("changeNote", "");
        return form;
    }

    static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String plain(BigDecimal value, BigDecimal factor) {
        return value == null ? "" : value.multiply(factor).stripTrailingZeros().toPlainString();
    }

    private static LocalDate date(Map<String, String> form, String field, List<Violation> violations) {
        String text = form.get(field);
        LocalDate value = date(text);
        if (value == null && text != null && !text.isBlank()) {
            violations.add(new Violation(field, "subsidy.form.date.invalid"));
        }
        return value;
    }

    private static BigDecimal decimal(Map<String, String> form, String field, List<Violation> violations) {
        String text = form.get(field);
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            violations.add(new Violation(field, "subsidy.form.number.invalid"));
            return null;
        }
    }

    private static BigDecimal scaled(Map<String, String> form, String field, BigDecimal divisor,
            List<Violation> violations) {
        BigDecimal value = decimal(form, field, violations);
        return value == null ? null : value.divide(divisor).stripTrailingZeros();
    }

    private static Integer whole(Map<String, String> form, String field, List<Violation> violations) {
        String text = form.get(field);
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            violations.add(new Violation(field, "subsidy.form.number.invalid"));
            return null;
        }
    }

    private static Money money(Map<String, String> form, String field, List<Violation> violations) {
        BigDecimal value = decimal(form, field, violations);
        if (value == null) {
            return null;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            violations.add(new Violation(field, "subsidy.money.invalid"));
            return null;
        }
        return Money.of(value);
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String text) {
        try {
            return text == null || text.isBlank() ? null : Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
