package cn.ipfin.credit.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import cn.ipfin.credit.GrowthScreeningRow;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes a growth screening as an Excel workbook with one row per enterprise in the ranked order. */
@Component
public class GrowthScreeningWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String[] HEADERS = {"rank", "name", "industry", "district", "revenueCagr", "rdIntensity",
        "newIp", "techSme", "criteriaMet", "qualifies"};

    private final MessageSource messages;

    GrowthScreeningWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] write(List<GrowthScreeningRow> rows, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(messages.getMessage("credit.growth.title", null, locale));
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                header.createCell(i).setCellValue(messages.getMessage("credit.growth.column." + HEADERS[i], null, locale));
            }
            for (int i = 0; i < rows.size(); i++) {
                write(sheet.createRow(i + 1), i + 1, rows.get(i), locale);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the growth screening workbook failed", e);
        }
    }

    private void write(Row row, int rank, GrowthScreeningRow screened, Locale locale) {
        row.createCell(0).setCellValue(rank);
        row.createCell(1).setCellValue(screened.name());
        row.createCell(2).setCellValue(screened.industry());
        row.createCell(3).setCellValue(messages.getMessage("district." + screened.district(), null,
                screened.district(), locale));
        setDecimal(row, 4, screened.revenueCagr());
        setDecimal(row, 5, screened.rdIntensity());
        row.createCell(6).setCellValue(screened.newIp());
        row.createCell(7).setCellValue(screened.techSme() == null ? "" : messages.getMessage(
                screened.techSme() ? "credit.growth.yes" : "credit.growth.no", null, locale));
        row.createCell(8).setCellValue(screened.criteriaMet() + "/" + screened.criteriaSet());
        row.createCell(9).setCellValue(messages.getMessage(screened.qualifies() ? "credit.growth.yes"
                : "credit.growth.no", null, locale));
    }

    /** Writes a ratio as text so the workbook shows exactly the four decimals the page shows. */
    private static void setDecimal(Row row, int column, BigDecimal value) {
        row.createCell(column).setCellValue(value == null ? "" : value.toPlainString());
    }
}
