package cn.ipfin.ipasset.importer;

/**
 * Problem found while reading a patent list, with the key of its message in {@code messages.properties}.
 * The Javadoc of each constant lists the message arguments in order.
 */
public enum ImportProblem {
    /** The file has no bytes. Arguments: file name. */
    FILE_EMPTY("import.file.empty"),
    /** A ZIP file that does not open as an XLSX workbook. Arguments: file name. */
    FILE_NOT_WORKBOOK("import.file.notWorkbook"),
    /** An OLE2 file: legacy .xls or an encrypted workbook. Arguments: file name. */
    FILE_LEGACY_EXCEL("import.file.legacyExcel"),
    /** A workbook without worksheets. Arguments: file name. */
    FILE_NO_SHEET("import.file.noSheet"),
    /** A workbook whose parts cannot be parsed. Arguments: file name. */
    FILE_CORRUPT("import.file.corrupt"),
    /** A quoted CSV field that is still open at the end of the file. Arguments: row where it opened. */
    CSV_UNCLOSED_QUOTE("import.csv.unclosedQuote"),
    /** No non-blank row that could be the header. Arguments: file name. */
    HEADER_NOT_FOUND("import.header.notFound"),
    /** Required columns missing from the header. Arguments: the missing column names joined by 、. */
    HEADER_MISSING_REQUIRED("import.header.missingRequired"),
    /** Blank application number. Arguments: column. */
    NUMBER_MISSING("import.number.missing"),
    /** Wrong check character. Arguments: column, value, expected check character. */
    NUMBER_CHECK_DIGIT("import.number.checkDigit"),
    /** Neither 12 nor 8 digits. Arguments: column, value. */
    NUMBER_LENGTH("import.number.length"),
    /** Type digit other than 1, 2, 3, 8 or 9. Arguments: column, value. */
    NUMBER_TYPE_DIGIT("import.number.typeDigit"),
    /** Year outside the range of its form. Arguments: column, value. */
    NUMBER_YEAR("import.number.year"),
    /** Characters that no application number contains. Arguments: column, value. */
    NUMBER_MALFORMED("import.number.malformed"),
    /** Blank title. Arguments: column. */
    TITLE_MISSING("import.title.missing"),
    /** Text that is not a date in a known format. Arguments: column, value. */
    DATE_INVALID("import.date.invalid"),
    /** Text that is not a non-negative whole number. Arguments: column, value. */
    COUNT_INVALID("import.count.invalid"),
    /** A CSV row with non-blank cells beyond the header. Arguments: number of extra cells, first extra value. */
    ROW_EXTRA_CELLS("import.row.extraCells");

    private final String messageKey;

    ImportProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
