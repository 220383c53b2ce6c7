package cn.ipfin.loan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import cn.ipfin.organization.Organization;
import cn.ipfin.support.ApiClient;
import cn.ipfin.support.TestData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The pledge contract, registration form and release as PDFs through the API, read back with PDFBox. */
class LoanDocumentApiTest extends LoanFlowTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void pledgeContractListsPartiesTermsAndPatents() throws Exception {
        Parties parties = parties("质押合同");
        JsonNode approved = approved(parties, apply(parties, null));
        Organization pledgor = organizations.find(parties.applicantMember().organizationId()).orElseThrow();
        Organization pledgee = organizations.find(parties.bank().organizationId()).orElseThrow();

        HttpResponse<byte[]> response = download(parties.applicantMember().username(), approved, "pledge-contract");
        String text = textOf(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(text).contains("专利权质押合同", "LOAN-" + approved.get("id").asLong());
        assertThat(text).contains(pledgor.getName(), pledgor.getCreditCode(), pledgee.getName(),
                pledgee.getCreditCode());
        assertThat(text).contains("1000000.00元", "4.5%", "12个月", "等额本息", "研发设备采购");
        assertThat(text).contains(parties.patent().getNumber(), parties.patent().getTitle());
        assertThat(text).contains("4000000.00元", "质押率上限50%", "本合同质押率25%");
        assertThat(text).contains("尚未办理质押登记");
    }

    @Test
    void registrationFormCarriesRecordedRegistration() throws Exception {
        Parties parties = parties("登记申请表");
        JsonNode registered = step(parties.maker(), approved(parties, apply(parties, null)), "pledge-registration",
                Map.of("registrationNumber", "Y2026990004567", "registeredOn", "2026-11-20"));

        HttpResponse<byte[]> form = download(parties.bank().username(), registered, "registration-form");
        HttpResponse<byte[]> contract = download(parties.bank().username(), registered, "pledge-contract");
        String text = textOf(form.body());

        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(text).contains("专利权质押登记申请表", "出质人", "质权人", "代理机构", "无（由出质人和质权人共同办理）");
        assertThat(text).contains(parties.applicantMember().organizationName(), parties.bank().organizationName());
        assertThat(text).contains(parties.patent().getNumber(), parties.patent().getTitle());
        assertThat(text).contains("被担保的主债权数额", "1000000.00元", "LOAN-" + registered.get("id").asLong());
        assertThat(text).contains("Y2026990004567", "2026-11-20");
        assertThat(textOf(contract.body())).contains("Y2026990004567", "2026-11-20");
    }

    @Test
    void fileNameIsChineseInFilenameStar() throws Exception {
        Parties parties = parties("文件名");
        JsonNode approved = approved(parties, apply(parties, null));

        HttpResponse<byte[]> response = download(parties.applicantMember().username(), approved, "registration-form");

        String disposition = response.headers().firstValue("Content-Disposition").orElse("");
        assertThat(disposition).startsWith("attachment");
        assertThat(disposition).contains("filename*=UTF-8''" + URLEncoder.encode("专利权质押登记申请表", StandardCharsets.UTF_8));
    }

    @Test
    void documentsBeforeApprovalOrSettlementAreConflicts() throws Exception {
        Parties parties = parties("文件状态");
        JsonNode valued = valued(parties, apply(parties, null));
        JsonNode approved = approved(parties, apply(parties, null));

        ApiClient.Response early = parties.applicant().get(documentPath(valued, "pledge-contract"));
        ApiClient.Response release = parties.applicant().get(documentPath(approved, "release"));
        ApiClient.Response unknown = parties.applicant().get(documentPath(approved, "invoice"));

        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body().get("detail").asString()).contains("已评估", "专利权质押合同");
        assertThat(release.status()).isEqualTo(409);
        assertThat(release.body().get("detail").asString()).contains("已审批", "结清");
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void onlyApplicantLenderAndStaffReadDocuments() throws Exception {
        Parties parties = parties("文件权限");
        Member guarantor = verifiedMember("GUARANTOR", "文件权限测试担保公司");
        JsonNode application = apply(parties, null, guarantor.organizationId());
        JsonNode valued = valued(parties, application);
        ApiClient guarantorClient = api().signedInAs(guarantor.username(), TestData.PASSWORD);
        JsonNode guaranteed = step(guarantorClient, valued, "guarantee", Map.of("accepted", true));
        JsonNode prepared = step(parties.maker(), guaranteed, "preparation",
                Map.of("approvedAmount", 1000000, "approvedRate", 0.045));
        JsonNode approved = step(parties.checker(), prepared, "approval", Map.of());
        ApiClient otherBank = api().signedInAs(verifiedMember("BANK", "文件权限测试他行").username(), TestData.PASSWORD);

        assertThat(otherBank.get(documentPath(approved, "pledge-contract")).status()).isEqualTo(404);
        assertThat(guarantorClient.get(documentPath(approved, "pledge-contract")).status()).isEqualTo(403);
        assertThat(api().get(documentPath(approved, "pledge-contract")).status()).isEqualTo(401);
        assertThat(download(createOperator(), approved, "pledge-contract").statusCode()).isEqualTo(200);
        assertThat(textOf(download(parties.bank().username(), approved, "pledge-contract").body()))
                .contains("担保或保险机构", "文件权限测试担保公司");
    }

    private HttpResponse<byte[]> download(String username, JsonNode application, String document)
            throws IOException, InterruptedException {
        String token = api().post("/api/v1/auth/token", Map.of("username", username, "password", TestData.PASSWORD))
                .body().get("accessToken").asString();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + documentPath(application, document))).header("Authorization", "Bearer " + token).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String documentPath(JsonNode application, String document) {
        return "/api/v1/loan-applications/" + application.get("id").asLong() + "/documents/" + document;
    }

    /** Returns the text of a PDF without any whitespace, so that a value wrapped across lines still matches. */
    static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }
}
