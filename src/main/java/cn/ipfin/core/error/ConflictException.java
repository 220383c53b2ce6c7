package cn.ipfin.core.error;

/**
 * A request that conflicts with the current state, such as a duplicate key, a transition not allowed from
 * the current state or a concurrent change; the API answers it with HTTP 409.
 */
public class ConflictException extends BusinessRuleException {

    public ConflictException(String code, String messageKey, Object... arguments) {
        super(code, messageKey, arguments);
    }
}
