package cn.ipfin.ipasset.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records as RFC 4180 describes: fields separated by a delimiter, optionally in double
 * quotes, a doubled quote standing for one quote, and line breaks (CR LF, LF or CR) allowed inside quoted
 * fields. Like spreadsheet programs, it is lenient about text after a closing quote and about quotes inside
 * an unquoted field, which it keeps as written.
 */
final class CsvRecordParser {

    private static final char QUOTE = '"';

    private final String text;
    private final char delimiter;
    private int position;
    private int recordNumber;

    CsvRecordParser(String text, char delimiter) {
        this.text = text;
        this.delimiter = delimiter;
    }

    /** Returns the 1-based number of the record that {@link #next()} returned last. */
    int recordNumber() {
        return recordNumber;
    }

    /**
     * Returns the fields of the next record, or null at the end of the text.
     *
     * @throws PatentListFormatException if a quoted field is still open at the end of the text
     */
    List<String> next() throws PatentListFormatException {
        if (position >= text.length()) {
            return null;
        }
        recordNumber++;
        List<String> fields = new ArrayList<>();
        while (true) {
            fields.add(readField());
            if (position >= text.length()) {
                return fields;
            }
            char separator = text.charAt(position++);
            if (separator != delimiter) {
                skipLineFeedAfterCarriageReturn(separator);
                return fields;
            }
        }
    }

    /** Reads one field and leaves the position on the delimiter or line break that ends it. */
    private String readField() throws PatentListFormatException {
        StringBuilder field = new StringBuilder();
        if (position < text.length() && text.charAt(position) == QUOTE) {
            position++;
            readQuoted(field);
        }
        while (position < text.length() && !isFieldEnd(text.charAt(position))) {
            field.append(text.charAt(position++));
        }
        return field.toString();
    }

    private void readQuoted(StringBuilder field) throws PatentListFormatException {
        while (true) {
            if (position >= text.length()) {
                throw new PatentListFormatException(ImportProblem.CSV_UNCLOSED_QUOTE, String.valueOf(recordNumber));
            }
            char c = text.charAt(position++);
            if (c != QUOTE) {
                field.append(c);
            } else if (position < text.length() && text.charAt(position) == QUOTE) {
                field.append(QUOTE);
                position++;
            } else {
                return;
            }
        }
    }

    private boolean isFieldEnd(char c) {
        return c == delimiter || c == '\n' || c == '\r';
    }

    private void skipLineFeedAfterCarriageReturn(char lineBreak) {
        if (lineBreak == '\r' && position < text.length() && text.charAt(position) == '\n') {
            position++;
        }
    }
}
