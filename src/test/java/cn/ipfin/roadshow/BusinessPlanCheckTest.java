package cn.ipfin.roadshow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class BusinessPlanCheckTest {

    @Test
    void acceptsPdfHeader() {
        assertThat(BusinessPlanCheck.problem("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }

    @Test
    void rejectsWordDocumentRenamedToPdf() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 6, 0};

        assertThat(BusinessPlanCheck.problem(zip)).contains("roadshow.plan.notPdf");
    }

    @Test
    void rejectsEmptyAndShortFiles() {
        assertThat(BusinessPlanCheck.problem(new byte[0])).contains("roadshow.plan.empty");
        assertThat(BusinessPlanCheck.problem("%PD".getBytes(StandardCharsets.US_ASCII))).contains("roadshow.plan.notPdf");
    }

    @Test
    void rejectsOneByteOverTwentyMegabytes() {
        byte[] content = new byte[BusinessPlanCheck.MAX_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, content, 0, 5);

        assertThat(BusinessPlanCheck.problem(content)).contains("roadshow.plan.tooLarge");
        assertThat(BusinessPlanCheck.problem(java.util.Arrays.copyOf(content, BusinessPlanCheck.MAX_BYTES))).isEmpty();
    }
}
