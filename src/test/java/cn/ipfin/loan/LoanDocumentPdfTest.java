package cn.ipfin.loan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.ipfin.core.money.Money;
import cn.ipfin.loan.LoanDocumentContent.Party;
import cn.ipfin.loan.LoanDocumentContent.PledgedPatent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The document writer on its own, with the message bundle and no application context. The release exists only
 * for a settled loan, which no workflow step reaches yet, so it is rendered here from content written by hand.
 */
class LoanDocumentPdfTest {

    private final LoanDocumentPdf pdf = new LoanDocumentPdf(messages());

    @Test
    void releaseNamesRegistrationAndSettlement() throws IOException {
        String text = textOf(pdf.write(LoanDocument.RELEASE, settledLoan()));

        assertThat(text).contains("专利权质押登记注销申请（解除质押通知）", "LOAN-4711");
        assertThat(text).contains("晋阳光电科技有限公司", "91350100M000100Y43", "山西示范银行股份有限公司");
        assertThat(text).contains("Y2026990000888", "2026-01-20");
        assertThat(text).contains("201710601862.3", "一种光电转换装置", "发明专利");
        assertThat(text).contains("主债权1000000.00元已于2027-01-25全部清偿", "同意解除质押");
    }

    @Test
    void pledgeContractShowsDisbursementDates() throws IOException {
        String text = textOf(pdf.write(LoanDocument.PLEDGE_CONTRACT, settledLoan()));

        assertThat(text).contains("12个月，自2026-01-25至2027-01-25", "3.85%", "2500000.00元", "本合同质押率40%");
    }

    @Test
    void releaseIsAvailableOnlyWhenSettled() {
        assertThat(LoanDocument.availableIn(ApplicationState.SETTLED)).containsExactly(LoanDocument.PLEDGE_CONTRACT,
                LoanDocument.REGISTRATION_FORM, LoanDocument.RELEASE);
        assertThat(LoanDocument.availableIn(ApplicationState.DISBURSED)).doesNotContain(LoanDocument.RELEASE);
        assertThat(LoanDocument.availableIn(ApplicationState.PREPARED)).isEmpty();
    }

    private static LoanDocumentContent settledLoan() {
        Party pledgor = new Party("晋阳光电科技有限公司", "91350100M000100Y43", "王明", "13912345678");
        Party pledgee = new Party("山西示范银行股份有限公司", "91140100MA0K00000X", "李华", "0351-7000000");
        PledgedPatent patent = new PledgedPatent("201710601862.3", "一种光电转换装置", "ip.kind.INVENTION",
                "晋阳光电科技有限公司", LocalDate.of(2017, 7, 20), LocalDate.of(2037, 7, 20));
        return new LoanDocumentContent(4711L, "LOAN-4711", LocalDate.of(2027, 1, 26), pledgor, pledgee, null,
                Money.of("1000000.00"), new BigDecimal("0.0385"), 12, RepaymentMethod.EQUAL_INSTALLMENT, "研发设备采购",
                LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 25), LocalDate.of(2027, 1, 25), List.of(patent),
                Money.of("2500000.00"), "SJPG-2026-0042", new BigDecimal("0.5"), "Y2026990000888",
                LocalDate.of(2026, 1, 20), LocalDate.of(2027, 1, 25));
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static String textOf(byte[] content) throws IOException {
        try (PDDocument document = Loader.loadPDF(content)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }
}
