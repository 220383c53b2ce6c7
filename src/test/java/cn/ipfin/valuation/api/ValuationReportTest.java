package cn.ipfin.valuation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import cn.ipfin.identity.UserAccountService;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.support.ApiClient;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValuationReportTest extends IntegrationTest {

    private static final String BASE = "/api/v1/valuation-assignments";

    @Autowired
    private IpAssetService assets;

    @Autowired
    private UserAccountService accounts;

    private Member enterprise;
    private JsonNode signed;

    @BeforeAll
    void signReport() {
        String suffix = TestData.uniqueUsername("");
        enterprise = verifiedMember("ENTERPRISE", "报告测试科技有限公司" + suffix);
        Member evaluator = verifiedMember("EVALUATOR", "报告测试资产评估有限公司" + suffix);
        String reviewer = AssignmentFixtures.secondEvaluator(accounts, evaluator.organizationId());
        Long assetId = AssignmentFixtures.inventionOf(assets, enterprise.organizationName()).getId();

        JsonNode a = as(enterprise.username()).post(BASE, Map.of("evaluatorOrganizationId", evaluator.organizationId(),
                "assetIds", List.of(assetId), "purpose", "知识产权质押融资")).body();
        a = as(evaluator.username()).post(path(a, "quote"), Map.of("version", version(a), "fee", "30000")).body();
        a = as(enterprise.username()).post(path(a, "accept"), Map.of("version", version(a))).body();
        a = as(evaluator.username()).post(path(a, "draft"), Map.of("version", version(a),
                "input", AssignmentFixtures.draftInput(assetId))).body();
        signed = as(reviewer).post(path(a, "approve"), Map.of("version", version(a))).body();
    }

    @Test
    void pdfReadsBackWithChineseTitleAndValue() throws IOException {
        byte[] pdf = as(enterprise.username()).getBytes(BASE + "/" + signed.get("id").asLong() + "/report.pdf");

        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page));
        }
        reader.close();

        assertThat(text).contains("知识产权价值评估报告");
        assertThat(text).contains("740709.64");
        assertThat(text).contains(signed.get("report").get("number").asString());
        assertThat(text).contains(signed.get("report").get("contentHash").asString());
        assertThat(text).contains("20261204");
    }

    @Test
    void verificationPageAcceptsTheRealHash() throws Exception {
        String html = verifyPage(signed.get("report").get("number").asString(),
                signed.get("report").get("contentHash").asString());

        assertThat(html).contains("verify-valid");
        assertThat(html).contains("740709.64");
    }

    @Test
    void verificationPageRejectsTamperedHash() throws Exception {
        String hash = signed.get("report").get("contentHash").asString();
        String tampered = (hash.charAt(0) == 'a' ? "b" : "a") + hash.substring(1);

        String html = verifyPage(signed.get("report").get("number").asString(), tampered);

        assertThat(html).contains("verify-invalid");
        assertThat(html).doesNotContain("740709.64");
    }

    @Test
    void assignmentPagesNeedSignIn() throws Exception {
        long id = signed.get("id").asLong();

        for (String page : List.of("/valuation-assignments", "/valuation-assignments/" + id,
                "/valuation-assignments/" + id + "/report.pdf")) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + page)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElse("")).as(page).endsWith("/login");
        }
    }

    @Test
    void listShowsOnlyOwnAssignments() {
        Member stranger = verifiedMember("BANK", "无关银行" + TestData.uniqueUsername(""));

        JsonNode mine = as(enterprise.username()).get(BASE).body();
        JsonNode theirs = as(stranger.username()).get(BASE).body();

        assertThat(mine.get("content")).extracting(node -> node.get("id").asLong())
                .contains(signed.get("id").asLong());
        assertThat(theirs.get("content")).isEmpty();
    }

    private String verifyPage(String number, String hash) throws IOException, InterruptedException {
        URI uri = URI.create("http://localhost:" + port + "/valuation-reports/verify?number="
                + URLEncoder.encode(number, StandardCharsets.UTF_8) + "&hash=" + URLEncoder.encode(hash, StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                .header("Accept-Language", "zh-CN").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private ApiClient as(String username) {
        return api().signedInAs(username, TestData.PASSWORD);
    }

    private static String path(JsonNode assignment, String action) {
        return BASE + "/" + assignment.get("id").asLong() + "/" + action;
    }

    private static long version(JsonNode assignment) {
        return assignment.get("version").asLong();
    }
}
