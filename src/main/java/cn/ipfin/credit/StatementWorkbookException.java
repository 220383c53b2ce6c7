package cn.ipfin.credit;

/** An uploaded file that is not a statement workbook in the template's layout. */
public class StatementWorkbookException extends RuntimeException {

    private final String messageKey;

    public StatementWorkbookException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
