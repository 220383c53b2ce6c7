package cn.ipfin.ipasset.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import cn.ipfin.ipasset.LegalStatusImport;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the report of a legal-status import as an Excel workbook: a summary sheet and one line per row that
 * was not applied, with the number, date and text as written and the reason.
 */
@Component
public class LegalStatusReportWorkbook {

    private final MessageSource messages;

    LegalStatusReportWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] write(LegalStatusImport feedImport, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            writeSummary(workbook.createSheet(text("ip.feed.report.summary", locale)), feedImport, locale);
            Sheet rows = workbook.createSheet(text("ip.feed.report.problems", locale));
            String[] titles = {text("import.report.row", locale), text("ip.feed.column.number", locale),
                    text("ip.feed.column.date", locale), text("ip.feed.column.text", locale),
                    text("import.report.reason", locale)};
            Row header = rows.createRow(0);
            for (int i = 0; i < titles.length; i++) {
                header.createCell(i).setCellValue(titles[i]);
            }
            int index = 1;
            for (LegalStatusImport.Problem problem : feedImport.getProblems()) {
                Row row = rows.createRow(index++);
                row.createCell(0).setCellValue(problem.rowNumber());
                row.createCell(1).setCellValue(nullToEmpty(problem.applicationNumber()));
                row.createCell(2).setCellValue(nullToEmpty(problem.eventDate()));
                row.createCell(3).setCellValue(nullToEmpty(problem.eventText()));
                row.createCell(4).setCellValue(messages.getMessage(problem.reasonKey(), new Object[] {problem.eventDate()}, locale));
            }
            rows.setColumnWidth(1, 22 * 256);
            rows.setColumnWidth(3, 40 * 256);
            rows.setColumnWidth(4, 50 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the report of legal-status import " + feedImport.getId()
                    + " failed", e);
        }
    }

    private void writeSummary(Sheet sheet, LegalStatusImport feedImport, Locale locale) {
        Object[][] lines = {
                {text("import.field.fileName", locale), feedImport.getFileName()},
                {text("ip.feed.field.total", locale), feedImport.getTotal()},
                {text("ip.feed.field.applied", locale), feedImport.getApplied()},
                {text("ip.feed.field.unchanged", locale), feedImport.getUnchanged()},
                {text("ip.feed.field.rejected", locale), feedImport.getRejected()}};
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

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
