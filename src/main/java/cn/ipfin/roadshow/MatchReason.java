package cn.ipfin.roadshow;

import java.util.List;

/**
 * A reason shown beside a match score, as a message key with its arguments so that it reads in the viewer's
 * language. An argument may itself be a {@code MatchReason}, such as the name of an industry, which is resolved
 * first.
 */
public record MatchReason(String key, List<Object> arguments) {

    public MatchReason {
        arguments = List.copyOf(arguments);
    }

    public static MatchReason of(String key, Object... arguments) {
        return new MatchReason(key, List.of(arguments));
    }
}
