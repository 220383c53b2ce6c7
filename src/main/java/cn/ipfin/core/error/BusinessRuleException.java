package cn.ipfin.core.error;

/**
 * A request that is well formed but breaks a business rule; the API answers it with HTTP 422.
 *
 * <p>{@code code} is a stable dotted identifier for clients; {@code messageKey} and {@code arguments} resolve
 * to the user's language through the message bundles.
 */
public class BusinessRuleException extends RuntimeException {

    private final String code;
    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessRuleException(String code, String messageKey, Object... arguments) {
        super(code + " " + java.util.Arrays.toString(arguments));
        this.code = code;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
