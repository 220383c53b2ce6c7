package cn.ipfin.ipasset.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Columns of a patent list matched to {@link PatentField}s.
 *
 * @param headerRowNumber 1-based row number of the header row
 * @param headers         the cleaned header text of each column, empty for a column without a header
 * @param columns         0-based column index of each recognised field
 * @param unknownHeaders  non-blank headers that match no field, in column order
 */
record ColumnMapping(int headerRowNumber, List<String> headers, Map<PatentField, Integer> columns,
                     List<String> unknownHeaders) {

    ColumnMapping {
        headers = List.copyOf(headers);
        columns = Collections.unmodifiableMap(columns);
        unknownHeaders = List.copyOf(unknownHeaders);
    }

    boolean has(PatentField field) {
        return columns.containsKey(field);
    }

    /** Returns the header text of the field's column as written in the file, or the field's label without one. */
    String header(PatentField field) {
        Integer column = columns.get(field);
        return column == null ? field.label() : headers.get(column);
    }

    /** Returns the required fields that have no column. */
    List<PatentField> missingRequired() {
        List<PatentField> missing = new ArrayList<>();
        for (PatentField field : PatentField.values()) {
            if (field.isRequired() && !has(field)) {
                missing.add(field);
            }
        }
        return missing;
    }

    /** Returns whether the row could be a header, because it names at least one required field. */
    boolean namesRequiredField() {
        return missingRequired().size() < requiredFieldCount();
    }

    /** Returns the recognised columns as header text to field, in column order. */
    Map<String, PatentField> fieldsByHeader() {
        Map<String, PatentField> result = new LinkedHashMap<>();
        columns.entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .forEach(entry -> result.put(headers.get(entry.getValue()), entry.getKey()));
        return result;
    }

    private static long requiredFieldCount() {
        return Arrays.stream(PatentField.values()).filter(PatentField::isRequired).count();
    }
}
