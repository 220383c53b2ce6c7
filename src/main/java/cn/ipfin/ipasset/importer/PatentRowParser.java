package cn.ipfin.ipasset.importer;

import static cn.ipfin.ipasset.importer.PatentField.ABSTRACT;
import static cn.ipfin.ipasset.importer.PatentField.APPLICANTS;
import static cn.ipfin.ipasset.importer.PatentField.APPLICATION_NUMBER;
import static cn.ipfin.ipasset.importer.PatentField.CLAIMS_COUNT;
import static cn.ipfin.ipasset.importer.PatentField.COUNTRY;
import static cn.ipfin.ipasset.importer.PatentField.FAMILY_SIZE;
import static cn.ipfin.ipasset.importer.PatentField.FILING_DATE;
import static cn.ipfin.ipasset.importer.PatentField.GRANT_DATE;
import static cn.ipfin.ipasset.importer.PatentField.INVENTORS;
import static cn.ipfin.ipasset.importer.PatentField.IPC;
import static cn.ipfin.ipasset.importer.PatentField.LEGAL_STATUS;
import static cn.ipfin.ipasset.importer.PatentField.MAIN_IPC;
import static cn.ipfin.ipasset.importer.PatentField.PATENT_TYPE;
import static cn.ipfin.ipasset.importer.PatentField.PUBLICATION_DATE;
import static cn.ipfin.ipasset.importer.PatentField.PUBLICATION_NUMBER;
import static cn.ipfin.ipasset.importer.PatentField.TITLE;
import static cn.ipfin.ipasset.importer.PatentField.TITLE_EN;

import cn.ipfin.core.identifier.PatentApplicationNumber;
import cn.ipfin.core.identifier.PatentApplicationNumber.ParseResult;
import cn.ipfin.core.identifier.PatentType;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one data row into a {@link PatentRecord}, or into the {@link RowError}s that reject it. It collects
 * every problem of the row, so the user can fix them all before the next import.
 */
final class PatentRowParser {

    private final ColumnMapping mapping;
    private final boolean rejectExtraCells;

    /**
     * @param rejectExtraCells whether non-blank cells to the right of the last header are an error, as in
     *                         CSV files where an unquoted comma shifts the rest of the row
     */
    PatentRowParser(ColumnMapping mapping, boolean rejectExtraCells) {
        this.mapping = mapping;
        this.rejectExtraCells = rejectExtraCells;
    }

    /** Parsed row: a record when {@code errors} is empty, otherwise null. */
    record RowOutcome(PatentRecord record, List<RowError> errors) {
    }

    /** Values of the columns that can be invalid, read before the row is accepted or rejected. */
    private record CheckedValues(ParseResult number, String title, LocalDate filingDate, LocalDate publicationDate,
                                 LocalDate grantDate, Integer claimsCount, Integer familySize) {
    }

    RowOutcome parse(SourceRow row) {
        FieldReader reader = new FieldReader(row);
        reader.checkExtraCells();
        CheckedValues values = new CheckedValues(reader.applicationNumber(), reader.title(),
                reader.date(FILING_DATE), reader.date(PUBLICATION_DATE), reader.date(GRANT_DATE),
                reader.count(CLAIMS_COUNT), reader.count(FAMILY_SIZE));
        if (!reader.errors.isEmpty()) {
            return new RowOutcome(null, List.copyOf(reader.errors));
        }
        return new RowOutcome(toRecord(row, reader, values), List.of());
    }

    private static PatentRecord toRecord(SourceRow row, FieldReader reader, CheckedValues values) {
        ParseResult number = values.number();
        List<String> ipcCodes = FieldParsers.splitIpcCodes(reader.cell(IPC).text());
        return new PatentRecord(row.rowNumber(), number.canonical(), number.isForeign(), number.office(),
                patentType(reader, number), values.title(), reader.text(TITLE_EN), reader.text(ABSTRACT),
                FieldParsers.splitNames(reader.cell(APPLICANTS).text()),
                FieldParsers.splitNames(reader.cell(INVENTORS).text()),
                reader.code(PUBLICATION_NUMBER), values.filingDate(), values.publicationDate(), values.grantDate(),
                ipcCodes, mainIpc(reader, ipcCodes), values.claimsCount(), reader.text(LEGAL_STATUS),
                values.familySize(), reader.text(COUNTRY));
    }

    /** Takes the type from the patent type column when it names one, because it also covers foreign numbers. */
    private static PatentType patentType(FieldReader reader, ParseResult number) {
        PatentType fromColumn = FieldParsers.parsePatentType(reader.cell(PATENT_TYPE).text());
        return fromColumn != PatentType.UNKNOWN ? fromColumn : number.patentType();
    }

    private static String mainIpc(FieldReader reader, List<String> ipcCodes) {
        List<String> mainCodes = FieldParsers.splitIpcCodes(reader.cell(MAIN_IPC).text());
        if (!mainCodes.isEmpty()) {
            return mainCodes.get(0);
        }
        return ipcCodes.isEmpty() ? null : ipcCodes.get(0);
    }

    /** Reads the cells of one row by field and collects the problems it finds. */
    private final class FieldReader {

        private final SourceRow row;
        private final List<RowError> errors = new ArrayList<>();

        FieldReader(SourceRow row) {
            this.row = row;
        }

        CellValue cell(PatentField field) {
            Integer column = mapping.columns().get(field);
            return column == null ? CellValue.BLANK : row.cell(column);
        }

        String text(PatentField field) {
            String text = cell(field).text();
            return text.isEmpty() ? null : text;
        }

        /** Reads an identifier such as a publication number: NFKC, upper case, no white space. */
        String code(PatentField field) {
            String code = CellText.compact(CellText.foldCode(cell(field).text()));
            return code.isEmpty() ? null : code;
        }

        String title() {
            String title = text(TITLE);
            if (title == null) {
                reject(TITLE, ImportProblem.TITLE_MISSING, mapping.header(TITLE));
            }
            return title;
        }

        ParseResult applicationNumber() {
            String text = cell(APPLICATION_NUMBER).text();
            String header = mapping.header(APPLICATION_NUMBER);
            if (text.isEmpty()) {
                reject(APPLICATION_NUMBER, ImportProblem.NUMBER_MISSING, header);
                return null;
            }
            ParseResult number = PatentApplicationNumber.parse(text);
            if (!number.isInvalid()) {
                return number;
            }
            switch (number.invalidReason()) {
                case CHECK_CHARACTER_MISMATCH -> reject(APPLICATION_NUMBER, ImportProblem.NUMBER_CHECK_DIGIT,
                        header, text, number.expectedCheckCharacter());
                case WRONG_LENGTH -> reject(APPLICATION_NUMBER, ImportProblem.NUMBER_LENGTH, header, text);
                case UNKNOWN_TYPE -> reject(APPLICATION_NUMBER, ImportProblem.NUMBER_TYPE_DIGIT, header, text);
                case YEAR_OUT_OF_RANGE -> reject(APPLICATION_NUMBER, ImportProblem.NUMBER_YEAR, header, text);
                case MALFORMED, BLANK -> reject(APPLICATION_NUMBER, ImportProblem.NUMBER_MALFORMED, header, text);
            }
            return null;
        }

        LocalDate date(PatentField field) {
            try {
                return FieldParsers.parseDate(cell(field));
            } catch (DateTimeException e) {
                reject(field, ImportProblem.DATE_INVALID, mapping.header(field), cell(field).text());
                return null;
            }
        }

        Integer count(PatentField field) {
            try {
                return FieldParsers.parseCount(cell(field));
            } catch (NumberFormatException e) {
                reject(field, ImportProblem.COUNT_INVALID, mapping.header(field), cell(field).text());
                return null;
            }
        }

        void checkExtraCells() {
            if (!rejectExtraCells) {
                return;
            }
            List<String> extra = new ArrayList<>();
            for (int column = mapping.headers().size(); column < row.cells().size(); column++) {
                if (!row.cell(column).isBlank()) {
                    extra.add(row.cell(column).text());
                }
            }
            if (!extra.isEmpty()) {
                errors.add(new RowError(row.rowNumber(), null, ImportProblem.ROW_EXTRA_CELLS,
                        List.of(String.valueOf(extra.size()), extra.get(0))));
            }
        }

        private void reject(PatentField field, ImportProblem problem, String... arguments) {
            errors.add(new RowError(row.rowNumber(), mapping.header(field), problem, List.of(arguments)));
        }
    }
}
