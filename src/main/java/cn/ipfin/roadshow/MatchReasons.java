package cn.ipfin.roadshow;

import java.util.Locale;

import org.springframework.context.MessageSource;

/** Renders a {@link MatchReason} in a language, resolving nested reasons such as industry names first. */
public final class MatchReasons {

    private MatchReasons() {
    }

    public static String render(MatchReason reason, MessageSource messages, Locale locale) {
        Object[] arguments = reason.arguments().stream()
                .map(argument -> argument instanceof MatchReason nested ? render(nested, messages, locale) : argument)
                .toArray();
        return messages.getMessage(reason.key(), arguments, locale);
    }
}
