package cn.ipfin.ipasset.importer;

import java.time.LocalDate;

/**
 * Content of one source cell after {@link CellText#clean(String)}.
 *
 * @param text the cell text, empty for a blank cell and ISO {@code yyyy-MM-dd} for a date cell
 * @param date the date of an XLSX cell with a date number format, otherwise null
 */
record CellValue(String text, LocalDate date) {

    static final CellValue BLANK = new CellValue("", null);

    static CellValue ofText(String raw) {
        String cleaned = CellText.clean(raw);
        return cleaned.isEmpty() ? BLANK : new CellValue(cleaned, null);
    }

    static CellValue ofDate(LocalDate date) {
        return new CellValue(date.toString(), date);
    }

    boolean isBlank() {
        return text.isEmpty();
    }
}
