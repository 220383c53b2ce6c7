package cn.ipfin.dashboard.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import cn.ipfin.dashboard.Dashboard;
import cn.ipfin.dashboard.Figure;
import cn.ipfin.dashboard.FigureUnit;
import cn.ipfin.dashboard.MetricSection;
import cn.ipfin.dashboard.StatTable;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the dashboard as an Excel workbook: an overview sheet with every headline figure, then one sheet per
 * table with a total row. Numbers are numeric cells holding the same values the page and the API show, and
 * percentages are fractions formatted as percent.
 */
@Component
class DashboardWorkbook {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MessageSource messages;

    DashboardWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(Dashboard dashboard, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            overview(workbook, dashboard, styles, locale);
            for (MetricSection section : dashboard.sections()) {
                for (StatTable table : section.tables()) {
                    table(workbook, table, styles, locale);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the dashboard workbook failed", e);
        }
    }

    private void overview(XSSFWorkbook workbook, Dashboard dashboard, Styles styles, Locale locale) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(text("dashboard.export.overview",
                locale)));
        var period = dashboard.query().period();
        Row heading = sheet.createRow(0);
        heading.createCell(0).setCellValue(text("dashboard.export.period", locale));
        heading.createCell(1).setCellValue(period.from() + " ~ " + period.to());
        int rowIndex = 2;
        for (MetricSection section : dashboard.sections()) {
            for (Figure figure : section.figures()) {
                Row row = sheet.createRow(rowIndex++);
                row.createCell(0).setCellValue(text(figure.key(), locale));
                setNumber(row, 1, figure.value(), styles.of(figure.unit()));
            }
        }
        sheet.setColumnWidth(0, 36 * 256);
        sheet.setColumnWidth(1, 22 * 256);
    }

    private void table(XSSFWorkbook workbook, StatTable table, Styles styles, Locale locale) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(text("dashboard.table." + table.key(),
                locale)));
        List<StatTable.Column> columns = table.columns();
        Row header = sheet.createRow(0);
        header.createCell(0).setCellValue(text("dashboard.column.group", locale));
        for (int i = 0; i < columns.size(); i++) {
            header.createCell(i + 1).setCellValue(text(columns.get(i).key(), locale));
        }
        int rowIndex = 1;
        for (StatTable.Row data : table.rows()) {
            Row row = sheet.createRow(rowIndex++);
            row.createCell(0).setCellValue(data.label());
            for (int i = 0; i < columns.size(); i++) {
                setNumber(row, i + 1, data.values().get(i), styles.of(columns.get(i).unit()));
            }
        }
        Row total = sheet.createRow(rowIndex);
        total.createCell(0).setCellValue(text("dashboard.total", locale));
        List<BigDecimal> totals = table.totals();
        for (int i = 0; i < columns.size(); i++) {
            setNumber(total, i + 1, totals.get(i), styles.of(columns.get(i).unit()));
        }
        sheet.setColumnWidth(0, 30 * 256);
        for (int i = 0; i < columns.size(); i++) {
            sheet.setColumnWidth(i + 1, 18 * 256);
        }
    }

    /**
     * Writes the value as a spreadsheet number, which is a double. It keeps 15 significant digits, so amounts below
     * 10^13 yuan read back to the fen.
     */
    private static void setNumber(Row row, int column, BigDecimal value, CellStyle style) {
        var cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style);
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** Number formats per unit, created once per workbook. */
    private static final class Styles {

        private final CellStyle count;
        private final CellStyle yuan;
        private final CellStyle percent;
        private final CellStyle days;

        Styles(XSSFWorkbook workbook) {
            count = style(workbook, "#,##0");
            yuan = style(workbook, "#,##0.00");
            percent = style(workbook, "0.00%");
            days = style(workbook, "0.0");
        }

        CellStyle of(FigureUnit unit) {
            return switch (unit) {
                case COUNT -> count;
                case YUAN -> yuan;
                case PERCENT -> percent;
                case DAYS -> days;
            };
        }

        private static CellStyle style(XSSFWorkbook workbook, String format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            return style;
        }
    }
}
