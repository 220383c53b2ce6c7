package cn.ipfin.recovery.web;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.ipfin.core.error.InvalidInputException.Violation;
import cn.ipfin.core.time.ClockConfiguration;
import cn.ipfin.recovery.DisposalTerms;

/**
 * Reads the disposal form of a default case. A value that is not a number or a time becomes null in the terms and
 * an error naming its field, so the service can report it together with the other errors.
 */
record DisposalForm(DisposalTerms terms, List<Violation> violations) {

    static DisposalForm read(Map<String, String> form) {
        List<Violation> violations = new ArrayList<>();
        Long assetId = null;
        String assetText = form.get("assetId");
        if (assetText != null && !assetText.isBlank()) {
            try {
                assetId = Long.valueOf(assetText.trim());
            } catch (NumberFormatException e) {
                violations.add(new Violation("assetId", "recovery.disposal.assetInvalid"));
            }
        }
        BigDecimal asking = decimal(form, "askingPrice", violations);
        BigDecimal start = decimal(form, "startPrice", violations);
        BigDecimal increment = decimal(form, "increment", violations);
        BigDecimal reserve = decimal(form, "reservePrice", violations);
        BigDecimal deposit = decimal(form, "deposit", violations);
        LocalDateTime endsAt = null;
        String endsText = form.get("endsAt");
        if (endsText != null && !endsText.isBlank()) {
            try {
                endsAt = LocalDateTime.parse(endsText.trim());
            } catch (DateTimeParseException e) {
                violations.add(new Violation("endsAt", "market.auction.endsAtInvalid"));
            }
        }
        return new DisposalForm(new DisposalTerms(assetId, form.get("priceMode"), asking, start, increment, reserve,
                deposit, endsAt == null ? null : endsAt.atZone(ClockConfiguration.ZONE).toInstant(),
                form.get("industryCode"), form.get("description")), List.copyOf(violations));
    }

    private static BigDecimal decimal(Map<String, String> form, String field, List<Violation> violations) {
        String text = form.get(field);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim().replace(",", ""));
        } catch (NumberFormatException e) {
            violations.add(new Violation(field, "recovery.number.invalid"));
            return null;
        }
    }
}
