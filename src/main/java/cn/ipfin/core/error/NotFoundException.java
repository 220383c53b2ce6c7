package cn.ipfin.core.error;

/** A resource that does not exist or that the caller may not see; the API answers it with HTTP 404. */
public class NotFoundException extends BusinessRuleException {

    public NotFoundException(String code, String messageKey, Object... arguments) {
        super(code, messageKey, arguments);
    }
}
