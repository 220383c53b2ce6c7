package cn.ipfin.ipasset;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One problem of a rejected import row; the message is kept as a key with arguments so the report can be read
 * in either language.
 */
@Entity
@Table(name = "import_job_error")
public class ImportJobError {

    /** Separates arguments in one column; the unit separator never occurs in spreadsheet text we keep. */
    private static final String SEPARATOR = "\u001F";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "job_id")
    private ImportJob job;

    @Column(name = "row_number", nullable = false)
    private int rowNumber;

    @Column(name = "column_name")
    private String columnName;

    @Column(name = "message_key", nullable = false)
    private String messageKey;

    private String arguments;

    protected ImportJobError() {
    }

    ImportJobError(ImportJob job, int rowNumber, String columnName, String messageKey, List<String> arguments) {
        this.job = job;
        this.rowNumber = rowNumber;
        this.columnName = columnName == null ? null : truncate(columnName, 100);
        this.messageKey = messageKey;
        this.arguments = joinArguments(arguments);
    }

    static String joinArguments(List<String> arguments) {
        if (arguments == null || arguments.isEmpty()) {
            return null;
        }
        return truncate(String.join(SEPARATOR, arguments.stream().map(a -> truncate(a, 300)).toList()), 2000);
    }

    static Object[] splitArguments(String joined) {
        return joined == null ? new Object[0] : joined.split(SEPARATOR, -1);
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    public int getRowNumber() {
        return rowNumber;
    }

    public String getColumnName() {
        return columnName;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return splitArguments(arguments);
    }
}
