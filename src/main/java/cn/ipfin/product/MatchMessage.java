package cn.ipfin.product;

import java.util.List;

/**
 * A message key with its arguments, resolved in the reader's language. An argument may itself be a
 * {@code MatchMessage} or a list of them, which are resolved first and joined.
 */
public record MatchMessage(String key, List<Object> arguments) {

    public MatchMessage {
        arguments = List.copyOf(arguments);
    }

    public static MatchMessage of(String key, Object... arguments) {
        return new MatchMessage(key, List.of(arguments));
    }
}
