package cn.ipfin.loan.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.money.Money;
import cn.ipfin.loan.EarlyRepaymentOption;
import cn.ipfin.loan.EarlyRepaymentRequest;

/**
 * Reads the repayment forms of the loan page. A blank field becomes null so that the service names it as missing,
 * and text that is no amount or date is rejected here with the field's name.
 */
final class ServicingForms {

    private ServicingForms() {
    }

    static EarlyRepaymentRequest earlyRequest(Map<String, String> form) {
        boolean full = "FULL".equals(form.get("type"));
        return new EarlyRepaymentRequest(date(form, "valueDate"), full, full ? null : money(form, "principal"),
                option(form.get("option")));
    }

    static Money money(Map<String, String> form, String field) {
        String text = form.get(field);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(text.trim().replace(",", ""));
            if (amount.stripTrailingZeros().scale() > Money.SCALE) {
                throw InvalidInputException.of(field, "loan.money.invalid");
            }
            return Money.of(amount);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "loan.servicing.amount.invalid");
        }
    }

    static LocalDate date(Map<String, String> form, String field) {
        String text = form.get(field);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "loan.servicing.date.invalid");
        }
    }

    static long version(Map<String, String> form) {
        try {
            return Long.parseLong(form.getOrDefault("version", "-1"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static EarlyRepaymentOption option(String text) {
        try {
            return text == null || text.isBlank() ? null : EarlyRepaymentOption.valueOf(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
