package cn.ipfin.ipasset;

import java.text.Normalizer;
import java.util.Locale;

import cn.ipfin.core.identifier.PatentApplicationNumber;
import cn.ipfin.core.identifier.PatentApplicationNumber.ParseResult;
import cn.ipfin.core.identifier.PatentType;

/**
 * Checks the number of an IP right by its kind and brings it into canonical form.
 *
 * <p>Patents: a Chinese application number with a correct check character, or a foreign number kept as
 * foreign. Trademarks: a registration number of 1 to 10 digits. Software copyrights: a registration number
 * such as {@code 2021SR0123456}.
 */
public final class IpNumberValidator {

    /** A valid number, or the message key and arguments that explain why the input is not one. */
    public record Outcome(IpNumber number, String messageKey, Object[] arguments) {

        public boolean isValid() {
            return number != null;
        }
    }

    private IpNumberValidator() {
    }

    public static Outcome check(IpKind kind, String raw) {
        if (raw == null || raw.isBlank()) {
            return invalid("ip.number.missing");
        }
        return switch (kind.registry()) {
            case PATENT -> checkPatent(kind, raw);
            case TRADEMARK -> checkPattern(raw, "\\d{1,10}", "ip.number.trademarkInvalid");
            case COPYRIGHT -> checkPattern(raw, "\\d{4}SR\\d{6,7}", "ip.number.copyrightInvalid");
        };
    }

    private static Outcome checkPatent(IpKind kind, String raw) {
        ParseResult result = PatentApplicationNumber.parse(raw);
        if (result.isForeign()) {
            return new Outcome(new IpNumber(result.canonical(), true, result.office()), null, null);
        }
        if (result.isInvalid() && result.invalidReason() == PatentApplicationNumber.InvalidReason.UNKNOWN_TYPE) {
            return invalid("ip.number.typeDigit", raw.trim());
        }
        if (result.isInvalid()) {
            return result.expectedCheckCharacter() != null
                    ? invalid("ip.number.checkCharacter", raw.trim(), result.expectedCheckCharacter())
                    : invalid("ip.number.patentInvalid", raw.trim());
        }
        PatentType numberType = result.patentType();
        if (numberType != PatentType.UNKNOWN && !numberType.name().equals(kind.name())) {
            return invalid("ip.number.kindMismatch", result.canonical());
        }
        return new Outcome(new IpNumber(result.canonical(), false, "CN"), null, null);
    }

    private static Outcome checkPattern(String raw, String pattern, String messageKey) {
        String folded = Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return folded.matches(pattern) ? new Outcome(new IpNumber(folded, false, "CN"), null, null)
                : invalid(messageKey, raw.trim());
    }

    private static Outcome invalid(String key, Object... arguments) {
        return new Outcome(null, key, arguments);
    }
}
