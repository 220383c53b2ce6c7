package cn.ipfin.core.error;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/**
 * Input that failed validation in one or more fields; the API answers it with HTTP 400 listing every field,
 * and pages show each message beside its field.
 *
 * <p>Each {@link Violation} names the field and a message key with its arguments, so the message is resolved
 * in the language of whoever reads it.
 */
public class InvalidInputException extends RuntimeException {

    /** One field that failed, with the key of the message that explains it. */
    public record Violation(String field, String messageKey, Object... arguments) {
    }

    private final transient List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super("Invalid fields: " + violations.stream().map(Violation::field).toList());
        this.violations = List.copyOf(violations);
    }

    public static InvalidInputException of(String field, String messageKey, Object... arguments) {
        return new InvalidInputException(List.of(new Violation(field, messageKey, arguments)));
    }

    public List<Violation> violations() {
        return violations;
    }

    /** Resolves the first message of each field in the given language, in field order, for a page form. */
    public Map<String, String> messagesByField(MessageSource messages, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        violations.forEach(violation -> errors.putIfAbsent(violation.field(),
                messages.getMessage(violation.messageKey(), violation.arguments(), locale)));
        return errors;
    }
}
