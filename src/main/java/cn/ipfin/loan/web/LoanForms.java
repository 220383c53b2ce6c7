package cn.ipfin.loan.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.money.Money;
import cn.ipfin.loan.ApplicationDraft;
import cn.ipfin.loan.LoanApplication;
import cn.ipfin.loan.RepaymentMethod;
import cn.ipfin.organization.OrganizationService;

/** Reads the text fields of the loan pages; text that is no number or date becomes a field error, never a 500. */
final class LoanForms {

    private LoanForms() {
    }

    static ApplicationDraft draft(Map<String, String> form, List<Long> assetIds) {
        return new ApplicationDraft(id(form.get("lenderOrganizationId")), id(form.get("productId")),
                id(form.get("guarantorOrganizationId")), moneyOrNull(form.get("amount")),
                wholeNumber(form.get("termMonths")), decimalOrNull(form.get("annualRate")), method(form.get("method")),
                form.get("purpose"), assetIds);
    }

    static Money money(String text) {
        Money money = moneyOrNull(text);
        if (money == null) {
            throw InvalidInputException.of("amount", "loan.money.invalid");
        }
        return money;
    }

    static BigDecimal decimal(String text) {
        BigDecimal value = decimalOrNull(text);
        if (value == null) {
            throw InvalidInputException.of("rate", "loan.approval.invalid");
        }
        return value;
    }

    static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Returns the names of the organisations of an application, by id, for the page. */
    static Map<Long, String> names(OrganizationService organizations, LoanApplication application) {
        Map<Long, String> names = new HashMap<>();
        for (Long id : new Long[] {application.getApplicantOrganizationId(), application.getLenderOrganizationId(),
                application.getGuarantorOrganizationId()}) {
            if (id != null) {
                organizations.find(id).ifPresent(organization -> names.put(id, organization.getName()));
            }
        }
        return names;
    }

    private static Money moneyOrNull(String text) {
        BigDecimal value = decimalOrNull(text);
        return value == null || value.stripTrailingZeros().scale() > 2 ? null : Money.of(value);
    }

    private static BigDecimal decimalOrNull(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.trim().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long id(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int wholeNumber(String text) {
        try {
            return text == null || text.isBlank() ? 0 : Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static RepaymentMethod method(String text) {
        try {
            return text == null ? null : RepaymentMethod.valueOf(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
