package cn.ipfin.credit.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import cn.ipfin.core.identifier.PatentApplicationNumber;
import cn.ipfin.credit.StatementFixtures;
import cn.ipfin.support.ApiClient;
import cn.ipfin.support.ApiClient.Response;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The tech-SME page's API: inputs pre-filled from statements and the IP registry, saving, and the history. */
class TechSmeSaveApiTest extends IntegrationTest {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 5_000_000) + 3_000_000);

    @Test
    void prefillCountsValidIpAndReadsLatestStatements() {
        Member enterprise = verifiedMember("ENTERPRISE", "科小预填测试" + TestData.uniqueUsername("e"));
        ApiClient client = api().signedInAs(enterprise.username(), TestData.PASSWORD);
        client.put(path(enterprise, "financial-statements/2024"), StatementFixtures.balancedYear());
        register(client, enterprise, "INVENTION", 1, "VALID");
        register(client, enterprise, "INVENTION", 1, "LAPSED");
        register(client, enterprise, "UTILITY_MODEL", 2, "VALID");
        register(client, enterprise, "DESIGN", 3, "VALID");

        Response prefill = client.get(path(enterprise, "tech-sme-assessments/prefill"));

        assertThat(prefill.status()).as(prefill.raw()).isEqualTo(200);
        assertThat(prefill.body().get("classOneIpCount").asInt()).isEqualTo(1);
        assertThat(prefill.body().get("classTwoIpCount").asInt()).isEqualTo(2);
        assertThat(prefill.body().get("employees").asInt()).isEqualTo(60);
        assertThat(prefill.body().get("techStaff").asInt()).isEqualTo(18);
    }

    @Test
    void savedAssessmentAppearsInHistory() {
        Member enterprise = verifiedMember("ENTERPRISE", "科小保存测试" + TestData.uniqueUsername("e"));
        ApiClient client = api().signedInAs(enterprise.username(), TestData.PASSWORD);

        // 22 % tech staff (12) + R&D / sales 4.5 % (30) + one invention patent (30) = 72, qualified
        Response saved = client.post(path(enterprise, "tech-sme-assessments"), exampleFirm(1));
        Response history = client.get(path(enterprise, "tech-sme-assessments"));

        assertThat(saved.status()).as(saved.raw()).isEqualTo(201);
        JsonNode result = saved.body().get("result");
        assertThat(result.get("totalScore").asInt()).isEqualTo(72);
        assertThat(result.get("qualified").asBoolean()).isTrue();
        assertThat(history.body().size()).isEqualTo(1);
        assertThat(history.body().get(0).get("totalScore").asInt()).isEqualTo(72);
    }

    @Test
    void otherOrganisationsCannotSaveOrRead() {
        Member enterprise = verifiedMember("ENTERPRISE", "科小保密测试" + TestData.uniqueUsername("e"));
        Member other = verifiedMember("ENTERPRISE", "科小他企测试" + TestData.uniqueUsername("e"));
        ApiClient otherClient = api().signedInAs(other.username(), TestData.PASSWORD);

        assertThat(otherClient.post(path(enterprise, "tech-sme-assessments"), exampleFirm(0)).status())
                .isEqualTo(404);
        assertThat(otherClient.get(path(enterprise, "tech-sme-assessments")).status()).isEqualTo(404);
        assertThat(otherClient.get(path(enterprise, "tech-sme-assessments/prefill")).status()).isEqualTo(404);
        assertThat(api().get(path(enterprise, "tech-sme-assessments")).status()).isEqualTo(401);
    }

    private static Map<String, Object> exampleFirm(int inventions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("employees", 100);
        body.put("techStaff", 22);
        body.put("salesRevenue", "10000000.00");
        body.put("totalCostAndExpense", "9000000.00");
        body.put("rdExpense", "450000.00");
        body.put("totalAssets", "50000000.00");
        body.put("classOneIpCount", inventions);
        body.put("classTwoIpCount", 2);
        return body;
    }

    private static void register(ApiClient client, Member owner, String kind, int typeDigit, String status) {
        String digits = String.format("2020%d%07d", typeDigit, SERIAL.incrementAndGet() % 10_000_000);
        Map<String, Object> form = new HashMap<>();
        form.put("kind", kind);
        form.put("number", digits + "." + PatentApplicationNumber.computeCheckCharacter(digits));
        form.put("title", "一种科小预填测试装置");
        form.put("owners", owner.organizationName());
        form.put("filingDate", "2020-03-04");
        form.put("legalStatus", status);
        Response response = client.post("/api/v1/ip-assets", form);
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
    }

    private static String path(Member enterprise, String suffix) {
        return "/api/v1/enterprises/" + enterprise.organizationId() + "/" + suffix;
    }
}
