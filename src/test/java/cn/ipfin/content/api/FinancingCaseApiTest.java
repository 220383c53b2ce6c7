package cn.ipfin.content.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.ipfin.support.ApiClient;
import cn.ipfin.support.ApiClient.Response;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FinancingCaseApiTest extends IntegrationTest {

    static Map<String, Object> details(String title) {
        Map<String, Object> details = new HashMap<>();
        details.put("title", title);
        details.put("enterprise", "太原某新材料企业");
        details.put("industry", "新材料");
        details.put("amount", "3000000.00");
        details.put("termMonths", 12);
        details.put("ipDescription", "发明专利 2 件");
        details.put("modelCode", "DIRECT_PLEDGE");
        details.put("lender", "某银行");
        details.put("outcome", "按期还款");
        return details;
    }

    @Test
    void operatorPublishesCaseForEveryone() {
        ApiClient operator = api().signedInAs(createOperator(), TestData.PASSWORD);
        String title = "案例测试" + TestData.uniqueUsername("");

        JsonNode created = operator.post("/api/v1/operator/financing-cases", details(title)).body();
        long id = created.get("id").asLong();
        assertThat(api().get("/api/v1/financing-cases/" + id).status()).isEqualTo(404);
        Response published = operator.post("/api/v1/operator/financing-cases/" + id + "/publish?version="
                + created.get("version").asLong(), Map.of());
        Response stale = operator.post("/api/v1/operator/financing-cases/" + id + "/withdraw?version="
                + created.get("version").asLong(), Map.of());

        assertThat(published.status()).isEqualTo(200);
        assertThat(stale.status()).isEqualTo(409);
        JsonNode visible = api().get("/api/v1/financing-cases/" + id).body();
        assertThat(visible.get("title").asString()).isEqualTo(title);
        assertThat(visible.get("amount").decimalValue()).isEqualByComparingTo(new BigDecimal("3000000"));
        assertThat(api().get("/sitemap.xml").raw()).contains("/financing-cases/" + id + "</loc>");
    }

    @Test
    void invalidCaseNamesEachField() {
        ApiClient operator = api().signedInAs(createOperator(), TestData.PASSWORD);
        Map<String, Object> invalid = details("");
        invalid.put("amount", "-1");
        invalid.put("termMonths", 0);
        invalid.put("modelCode", "UNKNOWN");

        Response response = operator.post("/api/v1/operator/financing-cases", invalid);

        assertThat(response.status()).isEqualTo(400);
        List<String> fields = response.body().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
        assertThat(fields).containsExactlyInAnyOrder("title", "amount", "termMonths", "modelCode");
    }

    @Test
    void nonStaffCannotManageCases() {
        Member bank = verifiedMember("BANK", "案例越权测试银行" + TestData.uniqueUsername(""));
        Member enterprise = verifiedMember("ENTERPRISE", "案例越权测试企业" + TestData.uniqueUsername(""));

        assertThat(api().signedInAs(bank.username(), TestData.PASSWORD)
                .post("/api/v1/operator/financing-cases", details("银行案例")).status()).isEqualTo(403);
        assertThat(api().signedInAs(enterprise.username(), TestData.PASSWORD)
                .get("/api/v1/operator/financing-cases").status()).isEqualTo(403);
    }
}
