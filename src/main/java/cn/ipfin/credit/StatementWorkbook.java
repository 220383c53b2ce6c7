package cn.ipfin.credit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The Excel template (财务报表填报模板) for three years of statements, and the reader of a filled-in copy.
 *
 * <p>Layout: row 3 holds the years from column C on; from row 4 each row is one {@link StatementItem} with its
 * code in the hidden column A and its label in column B. Amounts are yuan, headcounts whole numbers.
 */
public final class StatementWorkbook {

    static final int HEADER_ROW = 2;
    static final int FIRST_ITEM_ROW = 3;
    static final int FIRST_YEAR_COLUMN = 2;

    /** One cell that could not be read, with the key of the message and its arguments. */
    public record CellProblem(String cell, String messageKey, List<Object> arguments) {
    }

    /** The figures read from a workbook, the cell of each figure, and the cells that could not be read. */
    public record Content(List<StatementFigures> years, Map<String, String> cells, List<CellProblem> problems) {

        /** Returns the cell reference, such as {@code D7}, of an item in a year. */
        public String cellOf(int year, StatementItem item) {
            return cells.getOrDefault(year + "." + item.name(), "");
        }
    }

    private StatementWorkbook() {
    }

    /**
     * Writes the template for the given years, pre-filled with the stored figures.
     *
     * @param text resolves a message key to the reader's language
     */
    public static byte[] template(List<Integer> years, Map<Integer, StatementFigures> stored,
            Function<String, String> text) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(text.apply("credit.statement.template.sheet"));
            sheet.createRow(0).createCell(1).setCellValue(text.apply("credit.statement.template.title"));
            sheet.createRow(1).createCell(1).setCellValue(text.apply("credit.statement.template.note"));
            writeHeader(sheet.createRow(HEADER_ROW), years, text);
            CellStyle amount = amountStyle(workbook);
            int rowIndex = FIRST_ITEM_ROW;
            for (StatementItem item : StatementItem.values()) {
                Row row = sheet.createRow(rowIndex++);
                row.createCell(0).setCellValue(item.name());
                String label = text.apply(item.messageKey());
                row.createCell(1).setCellValue(item.isRequired() ? label + " *" : label);
                for (int i = 0; i < years.size(); i++) {
                    Cell cell = row.createCell(FIRST_YEAR_COLUMN + i);
                    cell.setCellStyle(amount);
                    StatementFigures figures = stored.get(years.get(i));
                    BigDecimal value = figures == null ? null : figures.value(item);
                    if (value != null) {
                        cell.setCellValue(value.doubleValue());
                    }
                }
            }
            sheet.setColumnHidden(0, true);
            sheet.setColumnWidth(1, 40 * 256);
            years.forEach(year -> sheet.setColumnWidth(FIRST_YEAR_COLUMN + years.indexOf(year), 20 * 256));
            sheet.createFreezePane(2, FIRST_ITEM_ROW);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the statement template failed", e);
        }
    }

    private static void writeHeader(Row header, List<Integer> years, Function<String, String> text) {
        header.createCell(0).setCellValue("CODE");
        header.createCell(1).setCellValue(text.apply("credit.statement.template.item"));
        for (int i = 0; i < years.size(); i++) {
            header.createCell(FIRST_YEAR_COLUMN + i).setCellValue(years.get(i));
        }
    }

    private static CellStyle amountStyle(Workbook workbook) {
        DataFormat format = workbook.createDataFormat();
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(format.getFormat("#,##0.00"));
        return style;
    }

    /**
     * Reads a filled-in template. A year column whose cells are all blank is skipped.
     *
     * @throws StatementWorkbookException when the file is not a workbook in the template's layout
     */
    public static Content read(InputStream input) {
        try (Workbook workbook = WorkbookFactory.create(input)) {
            Sheet sheet = workbook.getSheetAt(0);
            Map<Integer, Integer> yearColumns = yearColumns(sheet.getRow(HEADER_ROW));
            return readFigures(sheet, yearColumns);
        } catch (IOException | RuntimeException e) {
            if (e instanceof StatementWorkbookException layout) {
                throw layout;
            }
            throw new StatementWorkbookException("credit.statement.upload.notWorkbook");
        }
    }

    private static Map<Integer, Integer> yearColumns(Row header) {
        Map<Integer, Integer> columns = new LinkedHashMap<>();
        if (header == null) {
            throw new StatementWorkbookException("credit.statement.upload.layout");
        }
        for (int column = FIRST_YEAR_COLUMN; column < header.getLastCellNum(); column++) {
            Cell cell = header.getCell(column);
            BigDecimal year = cell == null ? null : CellNumbers.read(cell);
            if (year != null && year.stripTrailingZeros().scale() <= 0 && year.intValue() > 1000) {
                columns.put(column, year.intValue());
            }
        }
        if (columns.isEmpty()) {
            throw new StatementWorkbookException("credit.statement.upload.layout");
        }
        return columns;
    }

    private static Content readFigures(Sheet sheet, Map<Integer, Integer> yearColumns) {
        Map<Integer, Map<StatementItem, BigDecimal>> values = new LinkedHashMap<>();
        yearColumns.values().forEach(year -> values.put(year, new EnumMap<>(StatementItem.class)));
        Map<String, String> cells = new LinkedHashMap<>();
        List<CellProblem> problems = new ArrayList<>();
        List<Integer> yearsWithInput = new ArrayList<>();
        for (int rowIndex = FIRST_ITEM_ROW; rowIndex <= sheet.getLastRowNum(); rowIndex++) {
            Row row = sheet.getRow(rowIndex);
            StatementItem item = row == null ? null : itemOf(row.getCell(0));
            if (item == null) {
                continue;
            }
            for (Map.Entry<Integer, Integer> column : yearColumns.entrySet()) {
                int year = column.getValue();
                String reference = new CellReference(rowIndex, column.getKey()).formatAsString(false);
                cells.put(year + "." + item.name(), reference);
                Cell cell = row.getCell(column.getKey());
                if (CellNumbers.isBlank(cell)) {
                    continue;
                }
                yearsWithInput.add(year);
                BigDecimal value = CellNumbers.read(cell);
                if (value == null) {
                    problems.add(new CellProblem(reference, "credit.statement.upload.notNumber",
                            List.of(reference, String.valueOf(year), item.messageKey())));
                } else {
                    values.get(year).put(item, value);
                }
            }
        }
        List<StatementFigures> years = values.entrySet().stream()
                .filter(entry -> yearsWithInput.contains(entry.getKey()))
                .map(entry -> new StatementFigures(entry.getKey(), entry.getValue()))
                .toList();
        return new Content(years, cells, problems);
    }

    private static StatementItem itemOf(Cell cell) {
        if (cell == null || cell.getCellType() != CellType.STRING) {
            return null;
        }
        try {
            return StatementItem.valueOf(cell.getStringCellValue().strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
