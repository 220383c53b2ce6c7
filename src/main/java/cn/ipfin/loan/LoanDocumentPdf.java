package cn.ipfin.loan;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.pdf.EmbeddedCjkFont;
import cn.ipfin.loan.LoanDocumentContent.Party;
import cn.ipfin.loan.LoanDocumentContent.PledgedPatent;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;

/**
 * Writes the loan documents as Chinese PDFs with the embedded WenQuanYi Micro Hei font. Every label comes from the
 * message bundle in Simplified Chinese, the language of the CNIPA forms, whatever language the reader uses.
 */
public class LoanDocumentPdf {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    public LoanDocumentPdf(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] write(LoanDocument type, LoanDocumentContent content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 54, 54, 54, 54);
        PdfWriter.getInstance(document, out);
        document.addTitle(text(type.messageKey()));
        document.open();
        Sheet sheet = new Sheet(document, content);
        switch (type) {
            case PLEDGE_CONTRACT -> sheet.pledgeContract();
            case REGISTRATION_FORM -> sheet.registrationForm();
            case RELEASE -> sheet.release();
        }
        document.close();
        return out.toByteArray();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, CHINESE);
    }

    /** One document being written, with the shared building blocks of all three. */
    private final class Sheet {

        private final Document document;
        private final LoanDocumentContent content;
        private final Font title = new Font(EmbeddedCjkFont.get(), 16, Font.BOLD);
        private final Font heading = new Font(EmbeddedCjkFont.get(), 11, Font.BOLD);
        private final Font body = new Font(EmbeddedCjkFont.get(), 9);

        Sheet(Document document, LoanDocumentContent content) {
            this.document = document;
            this.content = content;
        }

        void pledgeContract() {
            head(LoanDocument.PLEDGE_CONTRACT);
            section("loan.document.section.parties");
            parties();
            section("loan.document.section.debt");
            debt();
            section("loan.document.section.collateral");
            patents();
            line(text("loan.document.valuation", yuan(content.conservativeValue()), dash(content.valuationReference()),
                    percent(content.pledgeRateCap()), pledgeRate()));
            section("loan.document.section.registration");
            registration();
            section("loan.document.section.clauses");
            for (int clause = 1; clause <= 5; clause++) {
                line(text("loan.document.clause." + clause));
            }
            signatures("loan.document.sign.pledgor", "loan.document.sign.pledgee");
        }

        void registrationForm() {
            head(LoanDocument.REGISTRATION_FORM);
            section("loan.document.form.pledgor");
            party(content.pledgor());
            section("loan.document.form.pledgee");
            party(content.pledgee());
            section("loan.document.form.agent");
            line(text("loan.document.form.noAgent"));
            section("loan.document.form.patents");
            patents();
            section("loan.document.form.debt");
            table(2, List.of(
                    text("loan.document.form.contractNumber"), content.contractNumber(),
                    text("loan.document.form.amountSecured"), yuan(content.amount()),
                    text("loan.document.form.term"), term(),
                    text("loan.document.form.patentCount"), String.valueOf(content.patents().size())));
            section("loan.document.section.registration");
            registration();
            signatures("loan.document.sign.pledgor", "loan.document.sign.pledgee");
        }

        void release() {
            head(LoanDocument.RELEASE);
            section("loan.document.section.parties");
            parties();
            section("loan.document.section.registration");
            registration();
            section("loan.document.form.patents");
            patents();
            section("loan.document.release.statementTitle");
            line(text("loan.document.release.statement", content.contractNumber(), yuan(content.amount()),
                    date(content.settledOn()), dash(content.registrationNumber())));
            signatures("loan.document.sign.pledgor", "loan.document.sign.pledgeeRelease");
        }

        private void head(LoanDocument type) {
            Paragraph head = new Paragraph(text(type.messageKey()), title);
            head.setAlignment(Element.ALIGN_CENTER);
            head.setSpacingAfter(8);
            document.add(head);
            line(text("loan.document.header", content.contractNumber(), content.applicationId(),
                    date(content.issuedOn())));
        }

        private void parties() {
            List<String> cells = new ArrayList<>(List.of(text("loan.document.party.role"),
                    text("loan.document.party.name"), text("loan.document.party.creditCode"),
                    text("loan.document.party.contact")));
            addParty(cells, "loan.document.party.pledgor", content.pledgor());
            addParty(cells, "loan.document.party.pledgee", content.pledgee());
            if (content.guarantor() != null) {
                addParty(cells, "loan.document.party.guarantor", content.guarantor());
            }
            table(4, cells);
        }

        private void addParty(List<String> cells, String roleKey, Party party) {
            cells.add(text(roleKey));
            cells.add(party.name());
            cells.add(party.creditCode());
            cells.add(dash(party.contactName()) + " " + dash(party.contactPhone()));
        }

        private void party(Party party) {
            table(2, List.of(text("loan.document.party.name"), party.name(),
                    text("loan.document.party.creditCode"), party.creditCode(),
                    text("loan.document.party.contactName"), dash(party.contactName()),
                    text("loan.document.party.contactPhone"), dash(party.contactPhone())));
        }

        private void debt() {
            table(2, List.of(
                    text("loan.document.debt.amount"), yuan(content.amount()),
                    text("loan.document.debt.rate"), percent(content.annualRate()),
                    text("loan.document.debt.term"), term(),
                    text("loan.document.debt.method"), text("loan.method." + content.method().name()),
                    text("loan.document.debt.purpose"), content.purpose(),
                    text("loan.document.debt.approvedOn"), date(content.approvedOn())));
        }

        private void patents() {
            List<String> cells = new ArrayList<>(List.of(text("loan.document.patent.index"),
                    text("loan.document.patent.number"), text("loan.document.patent.title"),
                    text("loan.document.patent.kind"), text("loan.document.patent.owners"),
                    text("loan.document.patent.expiry")));
            int index = 1;
            for (PledgedPatent patent : content.patents()) {
                cells.addAll(List.of(String.valueOf(index++), patent.number(), patent.title(),
                        text(patent.kindKey()), dash(patent.owners()), date(patent.expiryDate())));
            }
            PdfPTable table = new PdfPTable(new float[] {0.5f, 2.2f, 3.2f, 1.2f, 2.4f, 1.5f});
            fill(table, cells);
        }

        private void registration() {
            if (content.registrationNumber() == null) {
                line(text("loan.document.registration.pending"));
                return;
            }
            table(2, List.of(text("loan.document.registration.number"), content.registrationNumber(),
                    text("loan.document.registration.date"), date(content.registeredOn())));
        }

        private void signatures(String leftKey, String rightKey) {
            Paragraph paragraph = new Paragraph(text(leftKey) + "                              " + text(rightKey),
                    body);
            paragraph.setSpacingBefore(28);
            document.add(paragraph);
            line(text("loan.document.sign.date") + "                                        "
                    + text("loan.document.sign.date"));
        }

        private String term() {
            if (content.disbursedOn() == null) {
                return text("loan.document.term.fromDisbursement", content.termMonths());
            }
            return text("loan.document.term.dates", content.termMonths(), date(content.disbursedOn()),
                    date(content.finalDueDate()));
        }

        private String pledgeRate() {
            if (content.conservativeValue() == null || !content.conservativeValue().isPositive()) {
                return "—";
            }
            BigDecimal rate = content.amount().amount().divide(content.conservativeValue().amount(), 4,
                    RoundingMode.HALF_UP);
            return percent(rate);
        }

        private void section(String key) {
            Paragraph paragraph = new Paragraph(text(key), heading);
            paragraph.setSpacingBefore(10);
            paragraph.setSpacingAfter(4);
            document.add(paragraph);
        }

        private void line(String line) {
            Paragraph paragraph = new Paragraph(line, body);
            paragraph.setSpacingAfter(2);
            document.add(paragraph);
        }

        private void table(int columns, List<String> cells) {
            fill(new PdfPTable(columns), cells);
        }

        private void fill(PdfPTable table, List<String> cells) {
            table.setWidthPercentage(100);
            table.setSpacingBefore(2);
            cells.forEach(cell -> table.addCell(new Paragraph(dash(cell), body)));
            document.add(table);
        }

        private String yuan(Money money) {
            return money == null ? "—" : text("loan.document.yuan", money.toString());
        }

        private String date(LocalDate date) {
            return date == null ? "—" : date.toString();
        }

        private String dash(String value) {
            return value == null || value.isBlank() ? "—" : value;
        }

        private String percent(BigDecimal fraction) {
            return fraction == null ? "—" : ProductLimitsValidator.percent(fraction);
        }
    }
}
