package cn.ipfin.ipasset.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Receives the rows of one file in order: finds the header row, parses each data row, keeps the last row
 * of each application number and collects the errors.
 */
final class PatentListCollector implements Consumer<SourceRow> {

    /** Non-blank rows searched for the header, for exports that put a title line above it. */
    static final int HEADER_SEARCH_ROWS = 10;

    private final HeaderMatcher headerMatcher;
    private final boolean rejectExtraCells;
    private final String fileName;
    private ColumnMapping firstCandidate;
    private int searchedRows;
    private ColumnMapping mapping;
    private PatentRowParser parser;
    private FileError fileError;
    private final Map<String, PatentRecord> recordsByNumber = new LinkedHashMap<>();
    private final List<RowError> rowErrors = new ArrayList<>();
    private final List<DuplicateRow> duplicates = new ArrayList<>();
    private int totalDataRows;

    PatentListCollector(HeaderMatcher headerMatcher, boolean rejectExtraCells, String fileName) {
        this.headerMatcher = headerMatcher;
        this.rejectExtraCells = rejectExtraCells;
        this.fileName = fileName;
    }

    @Override
    public void accept(SourceRow row) {
        if (fileError != null || row.isBlank()) {
            return;
        }
        if (parser == null) {
            findHeader(row);
            return;
        }
        totalDataRows++;
        PatentRowParser.RowOutcome outcome = parser.parse(row);
        if (outcome.record() == null) {
            rowErrors.addAll(outcome.errors());
        } else {
            keep(outcome.record());
        }
    }

    /** Builds the result once all rows have been passed in, or after {@code error} rejected the file. */
    PatentListReadResult result(SourceFormat format, String encoding, FileError error) {
        if (error != null) {
            fileError = error;
        } else if (fileError == null && parser == null) {
            failOnHeader(firstCandidate);
        }
        ColumnMapping reported = mapping != null ? mapping : firstCandidate;
        boolean failed = fileError != null;
        return new PatentListReadResult(fileName, format, encoding,
                reported == null ? 0 : reported.headerRowNumber(),
                reported == null ? Map.of() : reported.fieldsByHeader(),
                reported == null ? List.of() : reported.unknownHeaders(),
                failed ? List.of() : new ArrayList<>(recordsByNumber.values()),
                failed ? List.of() : rowErrors,
                failed ? List.of() : duplicates,
                failed ? 0 : totalDataRows,
                fileError);
    }

    /** Takes the first row that names a required field as the header, searching {@link #HEADER_SEARCH_ROWS} rows. */
    private void findHeader(SourceRow row) {
        ColumnMapping candidate = headerMatcher.match(row);
        if (firstCandidate == null) {
            firstCandidate = candidate;
        }
        searchedRows++;
        if (candidate.namesRequiredField()) {
            mapping = candidate;
            if (candidate.missingRequired().isEmpty()) {
                parser = new PatentRowParser(candidate, rejectExtraCells);
            } else {
                failOnHeader(candidate);
            }
        } else if (searchedRows >= HEADER_SEARCH_ROWS) {
            failOnHeader(firstCandidate);
        }
    }

    private void failOnHeader(ColumnMapping candidate) {
        if (candidate == null) {
            fileError = new FileError(ImportProblem.HEADER_NOT_FOUND, List.of(fileName));
            return;
        }
        String missing = candidate.missingRequired().stream()
                .map(PatentField::label)
                .collect(Collectors.joining("、"));
        fileError = new FileError(ImportProblem.HEADER_MISSING_REQUIRED, List.of(missing));
    }

    private void keep(PatentRecord record) {
        PatentRecord earlier = recordsByNumber.remove(record.applicationNumber());
        if (earlier != null) {
            duplicates.add(new DuplicateRow(record.applicationNumber(), earlier.rowNumber(), record.rowNumber()));
        }
        recordsByNumber.put(record.applicationNumber(), record);
    }
}
