package cn.ipfin.identity;

import java.util.Optional;

/**
 * The platform's password rule: at least 8 characters with at least one letter and one digit.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 72;

    private PasswordPolicy() {
    }

    /** Returns the message key of the first rule the password breaks, or empty when it is acceptable. */
    public static Optional<String> violation(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("password.missing");
        }
        if (password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        boolean hasLetter = password.chars().anyMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
        boolean hasDigit = password.chars().anyMatch(c -> c >= '0' && c <= '9');
        if (!hasLetter || !hasDigit) {
            return Optional.of("password.lettersAndDigits");
        }
        return Optional.empty();
    }
}
