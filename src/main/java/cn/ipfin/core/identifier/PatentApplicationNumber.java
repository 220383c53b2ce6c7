package cn.ipfin.core.identifier;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Parser for Chinese patent application numbers (专利申请号), which also recognises foreign numbers.
 *
 * <p>Since 2003-10-01 a number has 12 digits: year (4), type (1) and serial number (7). Before that it
 * had 8 digits: year (2), type (1) and serial number (5). The type digit is 1 invention, 2 utility
 * model, 3 design, 8 PCT invention in the national phase or 9 PCT utility model in the national phase.
 * The check character follows a dot. It is the sum of each digit times the weights 2, 3, 4, 5, 6, 7, 8,
 * 9, 2, 3, 4, 5 (8-digit form: 2 to 9), modulo 11, where 10 is written {@code X}.
 *
 * <p>The parser folds full-width characters (NFKC), case and spaces, drops a {@code ZL} or {@code CN}
 * prefix, and returns the canonical form {@code 201710601862.3}: no prefix, a dot, the check character.
 * A number without its check character is accepted and the check character computed, because many
 * database exports omit it. {@link ParseResult#checkCharacterComputed()} marks such numbers. A number
 * that starts with another office's two-letter code ({@code TW110132167}, {@code US16/113,519}) is not
 * checked and comes back as {@link Status#FOREIGN}.
 */
public final class PatentApplicationNumber {

    private static final int[] WEIGHTS = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};
    private static final String CHINA_OFFICE = "CN";
    /** Years of the 8-digit form: Chinese patent filing started in 1985, and the 12-digit form replaced it in 2003. */
    private static final int FIRST_SHORT_FORM_YEAR = 1985;
    private static final int LAST_SHORT_FORM_YEAR = 2003;
    private static final int FIRST_LONG_FORM_YEAR = 2003;

    private PatentApplicationNumber() {
    }

    /** Outcome of {@link #parse(String)}. */
    public enum Status {
        /** A Chinese number with a correct (or computed) check character. */
        VALID_CN,
        /** A number of another office, kept as written apart from folding. */
        FOREIGN,
        /** A Chinese-looking number that breaks the rule named by {@link ParseResult#invalidReason()}. */
        INVALID
    }

    /** Rule that an {@link Status#INVALID} number breaks. */
    public enum InvalidReason {
        /** The input is null, empty or only spaces. */
        BLANK,
        /** Characters other than digits, one dot and a final check character. */
        MALFORMED,
        /** Neither 12 nor 8 digits before the check character. */
        WRONG_LENGTH,
        /** The type digit is not 1, 2, 3, 8 or 9. */
        UNKNOWN_TYPE,
        /** The year is outside 1985–2003 for the 8-digit form or before 2003 for the 12-digit form. */
        YEAR_OUT_OF_RANGE,
        /** The check character differs from the computed one. */
        CHECK_CHARACTER_MISMATCH
    }

    /**
     * Result of parsing one number.
     *
     * @param status                 whether the number is a valid Chinese number, foreign or invalid
     * @param canonical              the canonical form for {@code VALID_CN} ({@code 201710601862.3}), the
     *                               folded number for {@code FOREIGN}, null for {@code INVALID}
     * @param normalizedInput        the input after NFKC folding, upper-casing and removal of spaces,
     *                               null for {@code BLANK}
     * @param office                 the two-letter office code: {@code CN}, the foreign code, or
     *                               {@code CN} for an invalid Chinese-looking number
     * @param patentType             the kind from the type digit, {@code UNKNOWN} for foreign or invalid
     * @param filingYear             the four-digit filing year of a Chinese number, otherwise null
     * @param pctNationalPhase       whether the type digit is 8 or 9 (PCT application in the national phase)
     * @param checkCharacterComputed whether the input had no check character and the parser added it
     * @param invalidReason          the broken rule for {@code INVALID}, otherwise null
     * @param expectedCheckCharacter the correct check character for {@code CHECK_CHARACTER_MISMATCH},
     *                               otherwise null
     */
    public record ParseResult(
            Status status,
            String canonical,
            String normalizedInput,
            String office,
            PatentType patentType,
            Integer filingYear,
            boolean pctNationalPhase,
            boolean checkCharacterComputed,
            InvalidReason invalidReason,
            String expectedCheckCharacter) {

        public boolean isValidCn() {
            return status == Status.VALID_CN;
        }

        public boolean isForeign() {
            return status == Status.FOREIGN;
        }

        public boolean isInvalid() {
            return status == Status.INVALID;
        }

        static ParseResult invalid(String normalizedInput, InvalidReason reason, String expectedCheckCharacter) {
            String office = normalizedInput == null ? null : CHINA_OFFICE;
            return new ParseResult(Status.INVALID, null, normalizedInput, office, PatentType.UNKNOWN, null,
                    false, false, reason, expectedCheckCharacter);
        }
    }

    /** Returns whether {@code raw} is a valid Chinese application number, which a foreign number never is. */
    public static boolean isValid(String raw) {
        return parse(raw).isValidCn();
    }

    /**
     * Parses a Chinese or foreign application number as written in a form or an export.
     * Does not throw, because a null or blank input is {@link InvalidReason#BLANK}.
     */
    public static ParseResult parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return ParseResult.invalid(null, InvalidReason.BLANK, null);
        }
        String normalized = normalize(raw);
        if (normalized.isEmpty()) {
            return ParseResult.invalid(null, InvalidReason.BLANK, null);
        }

        String office = foreignOffice(normalized);
        if (office != null) {
            return new ParseResult(Status.FOREIGN, normalized, normalized, office, PatentType.UNKNOWN, null,
                    false, false, null, null);
        }
        return parseChinese(normalized);
    }

    /**
     * Computes the check character for the 12 or 8 digits of a Chinese number, without dot or prefix.
     *
     * @throws IllegalArgumentException if {@code digits} is not 12 or 8 ASCII digits
     */
    public static char computeCheckCharacter(String digits) {
        if ((digits.length() != 12 && digits.length() != 8) || !isAsciiDigits(digits)) {
            throw new IllegalArgumentException("Expected 12 or 8 digits but got \"" + digits + "\"");
        }
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        int remainder = sum % 11;
        return remainder == 10 ? 'X' : (char) ('0' + remainder);
    }

    /**
     * Folds full-width forms (NFKC), upper-cases and removes white space and invisible format characters
     * such as the byte order mark. The ideographic full stop {@code 。} counts as a dot.
     */
    static String normalize(String raw) {
        String folded = Normalizer.normalize(raw, Normalizer.Form.NFKC)
                .replace('。', '.')
                .toUpperCase(Locale.ROOT);
        StringBuilder result = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT) {
                result.append(c);
            }
        }
        return result.toString();
    }

    /**
     * Returns the office code of a foreign number, or null for a Chinese-looking one. A number is foreign
     * when it starts with two Latin letters other than {@code CN} or {@code ZL} (the Chinese patent prefix).
     * {@code PCT/…} international application numbers belong to WIPO ({@code WO}).
     */
    private static String foreignOffice(String normalized) {
        if (normalized.length() < 2 || !isLatinLetter(normalized.charAt(0)) || !isLatinLetter(normalized.charAt(1))) {
            return null;
        }
        String prefix = normalized.substring(0, 2);
        if (prefix.equals(CHINA_OFFICE) || prefix.equals("ZL")) {
            return null;
        }
        return normalized.startsWith("PCT") ? "WO" : prefix;
    }

    private static ParseResult parseChinese(String normalized) {
        String body = stripChinesePrefixes(normalized);
        ChineseParts parts = ChineseParts.split(body);
        if (parts == null) {
            return ParseResult.invalid(normalized, InvalidReason.MALFORMED, null);
        }
        String digits = parts.digits();
        if (digits.length() != 12 && digits.length() != 8) {
            return ParseResult.invalid(normalized, InvalidReason.WRONG_LENGTH, null);
        }

        boolean longForm = digits.length() == 12;
        char typeDigit = digits.charAt(longForm ? 4 : 2);
        if (PatentType.fromTypeDigit(typeDigit) == PatentType.UNKNOWN) {
            return ParseResult.invalid(normalized, InvalidReason.UNKNOWN_TYPE, null);
        }
        int year = longForm ? Integer.parseInt(digits.substring(0, 4)) : shortFormYear(digits);
        if (!isYearInRange(year, longForm)) {
            return ParseResult.invalid(normalized, InvalidReason.YEAR_OUT_OF_RANGE, null);
        }

        String expected = String.valueOf(computeCheckCharacter(digits));
        if (parts.checkCharacter() != null && !parts.checkCharacter().equals(expected)) {
            return ParseResult.invalid(normalized, InvalidReason.CHECK_CHARACTER_MISMATCH, expected);
        }
        return new ParseResult(Status.VALID_CN, digits + "." + expected, normalized, CHINA_OFFICE,
                PatentType.fromTypeDigit(typeDigit), year, typeDigit == '8' || typeDigit == '9',
                parts.checkCharacter() == null, null, null);
    }

    /** Removes the {@code CN} and {@code ZL} prefixes, which may appear together as in {@code CNZL…}. */
    private static String stripChinesePrefixes(String normalized) {
        String body = normalized;
        while (body.startsWith(CHINA_OFFICE) || body.startsWith("ZL")) {
            body = body.substring(2);
        }
        return body;
    }

    /** Maps the two year digits of the 8-digit form to 1985–2084, so 03 is 2003 and 98 is 1998. */
    private static int shortFormYear(String digits) {
        int twoDigitYear = Integer.parseInt(digits.substring(0, 2));
        return twoDigitYear >= FIRST_SHORT_FORM_YEAR % 100 ? 1900 + twoDigitYear : 2000 + twoDigitYear;
    }

    private static boolean isYearInRange(int year, boolean longForm) {
        if (longForm) {
            return year >= FIRST_LONG_FORM_YEAR;
        }
        return year >= FIRST_SHORT_FORM_YEAR && year <= LAST_SHORT_FORM_YEAR;
    }

    private static boolean isLatinLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiDigits(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Digits and optional check character of a Chinese number body such as {@code 201710601862.3}. */
    private record ChineseParts(String digits, String checkCharacter) {

        /**
         * Splits at the dot, or before a final {@code X}, or before the last digit of a 13- or 9-digit run.
         * Returns null when the body contains anything other than digits, one dot and a final check character.
         */
        static ChineseParts split(String body) {
            int dot = body.indexOf('.');
            if (dot >= 0) {
                String digits = body.substring(0, dot);
                String tail = body.substring(dot + 1);
                if (!isAsciiDigits(digits) || tail.length() > 1) {
                    return null;
                }
                if (tail.isEmpty()) {
                    return new ChineseParts(digits, null);
                }
                return isCheckCharacter(tail.charAt(0)) ? new ChineseParts(digits, tail) : null;
            }
            if (body.endsWith("X")) {
                String digits = body.substring(0, body.length() - 1);
                return isAsciiDigits(digits) ? new ChineseParts(digits, "X") : null;
            }
            if (!isAsciiDigits(body)) {
                return null;
            }
            if (body.length() == 13 || body.length() == 9) {
                return new ChineseParts(body.substring(0, body.length() - 1), body.substring(body.length() - 1));
            }
            return new ChineseParts(body, null);
        }

        private static boolean isCheckCharacter(char c) {
            return (c >= '0' && c <= '9') || c == 'X';
        }
    }
}
