package cn.ipfin.core.identifier;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * A unified social credit code (统一社会信用代码) as defined by GB 32100-2015.
 *
 * <p>The code has 18 characters from the 31-character alphabet {@code 0-9 A-H J-N P-R T U W-Y} (no I, O, S,
 * V or Z), whose values are 0 to 30 in that order. Position i (1 to 17) carries the weight 3^(i-1) mod 31,
 * and the check character is the one whose value is (31 - Σ value × weight mod 31) mod 31.
 */
public record CreditCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int LENGTH = 18;

    /** The rule that an invalid credit code breaks. */
    public enum Problem {
        MISSING, WRONG_LENGTH, INVALID_CHARACTER, WRONG_CHECK_CHARACTER
    }

    public CreditCode {
        Optional<Problem> problem = check(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("Invalid credit code " + value + ": " + problem.get());
        }
    }

    /** Normalises full-width characters, spaces and case, then validates; the text is returned as stored. */
    public static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        return Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** Returns the first problem of a normalised text, or empty when it is a valid code. */
    public static Optional<Problem> check(String code) {
        if (code == null || code.isBlank()) {
            return Optional.of(Problem.MISSING);
        }
        if (code.length() != LENGTH) {
            return Optional.of(Problem.WRONG_LENGTH);
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.of(Problem.INVALID_CHARACTER);
            }
        }
        if (checkCharacter(code.substring(0, LENGTH - 1)) != code.charAt(LENGTH - 1)) {
            return Optional.of(Problem.WRONG_CHECK_CHARACTER);
        }
        return Optional.empty();
    }

    /** Computes the check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** Completes the first 17 characters of a code with their check character. */
    public static CreditCode withCheckCharacter(String first17) {
        return new CreditCode(first17 + checkCharacter(first17));
    }

    @Override
    public String toString() {
        return value;
    }
}
