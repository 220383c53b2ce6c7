package cn.ipfin.dashboard.web;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import cn.ipfin.core.pdf.EmbeddedCjkFont;
import cn.ipfin.dashboard.Dashboard;
import cn.ipfin.dashboard.Figure;
import cn.ipfin.dashboard.MetricSection;
import cn.ipfin.dashboard.StatTable;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the monthly statistics report (月度统计报告) as a PDF with the embedded WenQuanYi Micro Hei font: the
 * month's headline figures, then each table with its total row, in the request's language.
 */
@Component
class MonthlyReportPdf {

    /** Rows per table in the report; the total row still sums every group. */
    static final int MAX_ROWS = 15;

    private final MessageSource messages;
    private final FigureFormat format = new FigureFormat();

    MonthlyReportPdf(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(Dashboard dashboard, YearMonth month, LocalDate issuedOn, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        String title = messages.getMessage("dashboard.report.title", new Object[] {month.toString()}, locale);
        document.addTitle(title);
        document.open();

        Font titleFont = new Font(EmbeddedCjkFont.get(), 16, Font.BOLD);
        Font heading = new Font(EmbeddedCjkFont.get(), 11, Font.BOLD);
        Font body = new Font(EmbeddedCjkFont.get(), 9);
        Paragraph head = new Paragraph(title, titleFont);
        head.setAlignment(Element.ALIGN_CENTER);
        document.add(head);
        document.add(new Paragraph(messages.getMessage("dashboard.report.issued", new Object[] {issuedOn.toString()},
                locale), body));
        document.add(new Paragraph(text("dashboard.note.outstanding", locale), body));

        document.add(new Paragraph(text("dashboard.report.figures", locale), heading));
        document.add(figures(dashboard, body, locale));
        for (MetricSection section : dashboard.sections()) {
            for (StatTable table : section.tables()) {
                document.add(new Paragraph(text("dashboard.table." + table.key(), locale), heading));
                document.add(table(table, body, locale));
            }
        }
        document.close();
        return out.toByteArray();
    }

    private PdfPTable figures(Dashboard dashboard, Font font, Locale locale) {
        PdfPTable table = new PdfPTable(new float[] {3, 2});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        for (MetricSection section : dashboard.sections()) {
            for (Figure figure : section.figures()) {
                table.addCell(new Phrase(text(figure.key(), locale), font));
                table.addCell(right(format.text(figure.unit(), figure.value()), font));
            }
        }
        return table;
    }

    private PdfPTable table(StatTable data, Font font, Locale locale) {
        List<StatTable.Column> columns = data.columns();
        PdfPTable table = new PdfPTable(columns.size() + 1);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        table.addCell(new Phrase(text("dashboard.column.group", locale), font));
        columns.forEach(column -> table.addCell(new Phrase(text(column.key(), locale), font)));
        data.rows().stream().limit(MAX_ROWS).forEach(row -> {
            table.addCell(new Phrase(row.label(), font));
            for (int i = 0; i < columns.size(); i++) {
                table.addCell(right(format.text(columns.get(i).unit(), row.values().get(i)), font));
            }
        });
        table.addCell(new Phrase(text("dashboard.total", locale), font));
        List<BigDecimal> totals = data.totals();
        for (int i = 0; i < columns.size(); i++) {
            table.addCell(right(totals.get(i) == null ? "" : format.text(columns.get(i).unit(), totals.get(i)), font));
        }
        return table;
    }

    private static PdfPCell right(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
