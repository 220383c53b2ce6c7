package cn.ipfin.ipasset.importer;

import java.util.List;

/**
 * One row of a CSV file or worksheet.
 *
 * @param rowNumber 1-based row number as a spreadsheet shows it (a CSV record counts as one row even when
 *                  a quoted cell spans several lines)
 * @param cells     the cells from column A on, with blank cells where the source has none
 */
record SourceRow(int rowNumber, List<CellValue> cells) {

    CellValue cell(int column) {
        return column < cells.size() ? cells.get(column) : CellValue.BLANK;
    }

    boolean isBlank() {
        return cells.stream().allMatch(CellValue::isBlank);
    }
}
