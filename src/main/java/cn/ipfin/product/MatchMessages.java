package cn.ipfin.product;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Resolves the messages of a product match in the reader's language, nested messages and lists first. */
@Component
public class MatchMessages {

    private final MessageSource messages;

    MatchMessages(MessageSource messages) {
        this.messages = messages;
    }

    public List<String> resolve(List<MatchMessage> list, Locale locale) {
        return list.stream().map(message -> resolve(message, locale)).toList();
    }

    public String resolve(MatchMessage message, Locale locale) {
        Object[] arguments = message.arguments().stream().map(argument -> argument(argument, locale)).toArray();
        return messages.getMessage(message.key(), arguments, locale);
    }

    private Object argument(Object argument, Locale locale) {
        if (argument instanceof MatchMessage nested) {
            return resolve(nested, locale);
        }
        if (argument instanceof List<?> items) {
            String separator = messages.getMessage("product.match.or", null, locale);
            return items.stream().map(item -> String.valueOf(argument(item, locale)))
                    .collect(Collectors.joining(separator));
        }
        return argument;
    }
}
