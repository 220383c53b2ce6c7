package cn.ipfin.market.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.time.ClockConfiguration;
import cn.ipfin.market.AuctionTerms;
import cn.ipfin.market.BuyRequestDraft;
import cn.ipfin.market.ListingDraft;
import cn.ipfin.market.ListingType;
import cn.ipfin.market.PriceMode;
import cn.ipfin.ipasset.IpKind;
import cn.ipfin.organization.OrganizationService;

/**
 * Reads the text fields of the market pages. Text that is no number, date or choice becomes null, so the
 * service reports the field with its message instead of a 500.
 */
final class MarketForms {

    private MarketForms() {
    }

    static ListingDraft listing(Map<String, String> form) {
        PriceMode mode = choice(PriceMode.class, form.get("priceMode"));
        AuctionTerms terms = mode != PriceMode.AUCTION ? null : auction(form);
        return new ListingDraft(id(form.get("assetId")), choice(ListingType.class, form.get("listingType")), mode,
                money(form.get("askingPrice")), form.get("industryCode"), form.get("description"), terms);
    }

    static AuctionTerms auction(Map<String, String> form) {
        return new AuctionTerms(money(form.get("startPrice")), money(form.get("increment")),
                money(form.get("reservePrice")), money(form.get("deposit")), dateTime(form.get("startsAt")),
                dateTime(form.get("endsAt")));
    }

    static BuyRequestDraft buyRequest(Map<String, String> form) {
        return new BuyRequestDraft(choice(IpKind.class, form.get("ipKind")), form.get("industryCode"),
                form.get("keywords"), money(form.get("budgetMin")), money(form.get("budgetMax")), form.get("note"));
    }

    /** Reads an amount in yuan; a number with more than two decimals is treated as missing. */
    static Money money(String text) {
        try {
            if (text == null || text.isBlank()) {
                return null;
            }
            BigDecimal value = new BigDecimal(text.trim().replace(",", ""));
            return value.stripTrailingZeros().scale() > Money.SCALE ? null : Money.of(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Reads a {@code datetime-local} field as Beijing time. */
    static Instant dateTime(String text) {
        try {
            return text == null || text.isBlank() ? null
                    : LocalDateTime.parse(text.trim()).atZone(ClockConfiguration.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static long version(String text) {
        try {
            return text == null ? -1 : Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static Long id(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static <E extends Enum<E>> E choice(Class<E> type, String text) {
        try {
            return text == null || text.isBlank() ? null : Enum.valueOf(type, text.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Looks up the names of organisations by id for a page. */
    static Map<Long, String> names(OrganizationService organizations, Long... ids) {
        Map<Long, String> names = new HashMap<>();
        for (Long id : ids) {
            if (id != null) {
                organizations.find(id).ifPresent(organization -> names.put(id, organization.getName()));
            }
        }
        return names;
    }
}
