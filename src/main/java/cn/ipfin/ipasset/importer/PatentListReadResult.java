package cn.ipfin.ipasset.importer;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Result of reading one patent list: the accepted records, the rejected rows and how the columns were
 * recognised. Every non-blank data row ends up in exactly one place, so {@code totalDataRows} equals
 * {@code records.size() + rejectedRowCount() + duplicates.size()}.
 *
 * @param fileName        name of the uploaded file
 * @param format          detected format, null when the file is empty or a legacy {@code .xls} file
 * @param encoding        detected text encoding of a CSV file ({@code UTF-8}, {@code GBK}, {@code UTF-16LE}
 *                        or {@code UTF-16BE}), null for XLSX
 * @param headerRowNumber 1-based row number of the header, 0 when no header row was found
 * @param columnMapping   recognised header text to field, in column order
 * @param unknownHeaders  non-blank headers that match no field, for a mapping step in the web page
 * @param records         accepted records in file order, one per application number
 * @param rowErrors       problems of rejected rows, several per row when a row has several problems
 * @param duplicates      rows dropped because a later row has the same application number
 * @param totalDataRows   non-blank rows below the header
 * @param fileError       problem that rejects the whole file, or null; then {@code records} is empty
 */
public record PatentListReadResult(
        String fileName,
        SourceFormat format,
        String encoding,
        int headerRowNumber,
        Map<String, PatentField> columnMapping,
        List<String> unknownHeaders,
        List<PatentRecord> records,
        List<RowError> rowErrors,
        List<DuplicateRow> duplicates,
        int totalDataRows,
        FileError fileError) {

    public PatentListReadResult {
        columnMapping = Collections.unmodifiableMap(new LinkedHashMap<>(columnMapping));
        unknownHeaders = List.copyOf(unknownHeaders);
        records = List.copyOf(records);
        rowErrors = List.copyOf(rowErrors);
        duplicates = List.copyOf(duplicates);
    }

    /** Returns whether the whole file was rejected. */
    public boolean failed() {
        return fileError != null;
    }

    /** Returns the number of distinct rows that {@link #rowErrors()} rejects. */
    public int rejectedRowCount() {
        Set<Integer> rows = new HashSet<>();
        for (RowError error : rowErrors) {
            rows.add(error.row());
        }
        return rows.size();
    }
}
