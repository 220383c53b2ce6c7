package cn.ipfin.ipasset.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import cn.ipfin.ipasset.ImportJob;
import cn.ipfin.ipasset.ImportJobError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes the report of an import as an Excel workbook: a summary and one line per problem of a rejected row. */
@Component
public class ImportReportWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MessageSource messages;

    ImportReportWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] write(ImportJob job, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            writeSummary(workbook.createSheet(text("import.report.summary", locale)), job, locale);
            Sheet rows = workbook.createSheet(text("import.report.rejectedRows", locale));
            header(rows, text("import.report.row", locale), text("import.report.column", locale),
                    text("import.report.reason", locale));
            int index = 1;
            for (ImportJobError error : job.getErrors()) {
                Row row = rows.createRow(index++);
                row.createCell(0).setCellValue(error.getRowNumber());
                row.createCell(1).setCellValue(error.getColumnName() == null ? "" : error.getColumnName());
                row.createCell(2).setCellValue(messages.getMessage(error.getMessageKey(), error.getArguments(), locale));
            }
            rows.setColumnWidth(1, 20 * 256);
            rows.setColumnWidth(2, 80 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the report of import " + job.getId() + " failed", e);
        }
    }

    private void writeSummary(Sheet sheet, ImportJob job, Locale locale) {
        Object[][] lines = {
                {text("import.field.fileName", locale), job.getFileName()},
                {text("import.field.status", locale), text("import.status." + job.getStatus(), locale)},
                {text("import.field.total", locale), job.getTotal()},
                {text("import.field.imported", locale), job.getImported()},
                {text("import.field.updated", locale), job.getUpdated()},
                {text("import.field.rejected", locale), job.getRejected()},
                {text("import.field.duplicates", locale), job.getDuplicates()}};
        for (int i = 0; i < lines.length; i++) {
            Row row = sheet.createRow(i);
            row.createCell(0).setCellValue(String.valueOf(lines[i][0]));
            if (lines[i][1] instanceof Integer count) {
                row.createCell(1).setCellValue(count);
            } else {
                row.createCell(1).setCellValue(String.valueOf(lines[i][1]));
            }
        }
        sheet.setColumnWidth(0, 20 * 256);
        sheet.setColumnWidth(1, 50 * 256);
    }

    private static void header(Sheet sheet, String... titles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            row.createCell(i).setCellValue(titles[i]);
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
