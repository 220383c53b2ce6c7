package cn.ipfin.credit;

import java.util.List;
import java.util.Objects;

/**
 * A reason or suggestion as a message-bundle key with its arguments, resolved to the reader's language by
 * the caller. Ratios are passed as {@link java.math.BigDecimal} fractions and amounts in yuan as
 * {@link java.math.BigDecimal}, so the bundle formats them.
 */
public record AssessmentMessage(String key, List<Object> arguments) {

    public AssessmentMessage {
        Objects.requireNonNull(key, "key must not be null");
        arguments = List.copyOf(arguments);
    }

    public static AssessmentMessage of(String key, Object... arguments) {
        return new AssessmentMessage(key, List.of(arguments));
    }
}
