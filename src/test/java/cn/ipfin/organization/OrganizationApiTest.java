package cn.ipfin.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.ipfin.support.ApiClient.Response;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OrganizationApiTest extends IntegrationTest {

    @Test
    void registersEnterpriseAsPending() {
        Map<String, Object> form = TestData.registration("ENTERPRISE", "晋阳测试科技有限公司");

        Response response = api().post("/api/v1/organizations/registrations", form);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.body().get("status").asString()).isEqualTo("PENDING");
        assertThat(response.body().get("creditCode").asString()).isEqualTo(form.get("creditCode"));
    }

    @Test
    void listsEveryInvalidFieldInChinese() {
        Map<String, Object> form = TestData.registration("ENTERPRISE", "字段校验测试有限公司");
        form.put("creditCode", "91350100M000100Y44");
        form.put("district", "110100");
        form.put("industry", "Z");
        form.put("contactPhone", "12345");
        form.put("adminPassword", "onlyletters");

        Response response = api().post("/api/v1/organizations/registrations", form);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("code").asString()).isEqualTo("validation.failed");
        assertThat(fields(response)).containsExactlyInAnyOrder("creditCode", "district", "industry",
                "contactPhone", "adminPassword");
        assertThat(message(response, "creditCode")).contains("统一社会信用代码", "校验位");
        assertThat(message(response, "adminPassword")).contains("字母和数字");
    }

    @Test
    void answersInEnglishWhenAsked() {
        Map<String, Object> form = TestData.registration("BANK", "English Test Bank");
        form.put("creditCode", "91350100M000100Y4Z");

        Response response = api().inLanguage("en").post("/api/v1/organizations/registrations", form);

        assertThat(response.status()).isEqualTo(400);
        assertThat(message(response, "creditCode")).contains("unified social credit code", "invalid character");
    }

    @Test
    void rejectsPlatformTypeFromSelfRegistration() {
        Map<String, Object> form = TestData.registration("PLATFORM", "冒充平台有限公司");

        Response response = api().post("/api/v1/organizations/registrations", form);

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("type");
    }

    @Test
    void duplicateCreditCodeIsConflict() {
        Map<String, Object> first = TestData.registration("ENTERPRISE", "重复代码测试一有限公司");
        Map<String, Object> second = TestData.registration("ENTERPRISE", "重复代码测试二有限公司");
        second.put("creditCode", first.get("creditCode"));

        assertThat(api().post("/api/v1/organizations/registrations", first).status()).isEqualTo(201);
        Response response = api().post("/api/v1/organizations/registrations", second);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.body().get("code").asString()).isEqualTo("organization.credit-code.duplicate");
        assertThat(response.body().get("detail").asString()).contains((String) first.get("creditCode"));
    }

    @Test
    void verifiedMemberAppearsInDirectoryWithFilters() {
        String name = "目录筛选测试" + TestData.uniqueUsername("x") + "有限公司";
        Map<String, Object> form = TestData.registration("GUARANTOR", name);
        form.put("district", "140109");
        Response registered = api().post("/api/v1/organizations/registrations", form);
        long id = registered.body().get("id").asLong();

        assertThat(directory("?name=" + encode(name)).get("totalElements").asLong()).isZero();
        Response review = api().signedInAs(createOperator(), TestData.PASSWORD)
                .post("/api/v1/operator/organizations/" + id + "/review", Map.of("decision", "VERIFY", "version", 0));

        assertThat(review.status()).isEqualTo(200);
        assertThat(directory("?name=" + encode(name)).get("totalElements").asLong()).isEqualTo(1);
        assertThat(directory("?name=" + encode(name) + "&type=GUARANTOR&district=140100&industry=I")
                .get("totalElements").asLong()).isEqualTo(1);
        assertThat(directory("?name=" + encode(name) + "&type=BANK").get("totalElements").asLong()).isZero();
        assertThat(directory("?name=" + encode(name) + "&district=140200").get("totalElements").asLong()).isZero();
        JsonNode profile = api().get("/api/v1/organizations/" + id).body();
        assertThat(profile.get("status").asString()).isEqualTo("VERIFIED");
        assertThat(profile.get("contactPhone").asString()).isEqualTo("139****5678");
    }

    @Test
    void pendingMemberProfileIsNotPublic() {
        Response registered = api().post("/api/v1/organizations/registrations",
                TestData.registration("INVESTOR", "未审核投资测试有限公司"));

        Response profile = api().get("/api/v1/organizations/" + registered.body().get("id").asLong());

        assertThat(profile.status()).isEqualTo(404);
    }

    @Test
    void rejectionNeedsReasonAndStaleVersionConflicts() {
        Response registered = api().post("/api/v1/organizations/registrations",
                TestData.registration("EVALUATOR", "驳回测试评估有限公司"));
        long id = registered.body().get("id").asLong();
        var operator = api().signedInAs(createOperator(), TestData.PASSWORD);

        Response noReason = operator.post("/api/v1/operator/organizations/" + id + "/review",
                Map.of("decision", "REJECT", "version", 0));
        Response rejected = operator.post("/api/v1/operator/organizations/" + id + "/review",
                Map.of("decision", "REJECT", "version", 0, "reason", "营业执照照片不清晰"));
        Response stale = operator.post("/api/v1/operator/organizations/" + id + "/review",
                Map.of("decision", "VERIFY", "version", 0));

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.body().get("status").asString()).isEqualTo("REJECTED");
        assertThat(stale.status()).isEqualTo(409);
    }

    @Test
    void onlyOperatorsReview() {
        Response registered = api().post("/api/v1/organizations/registrations",
                TestData.registration("BANK", "越权审核测试银行"));
        long id = registered.body().get("id").asLong();
        var bank = verifiedMember("BANK", "审核越权测试银行二");
        Map<String, Object> verify = Map.of("decision", "VERIFY", "version", 0);

        Response anonymous = api().post("/api/v1/operator/organizations/" + id + "/review", verify);
        Response byBank = api().signedInAs(bank.username(), TestData.PASSWORD)
                .post("/api/v1/operator/organizations/" + id + "/review", verify);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(byBank.status()).isEqualTo(403);
        assertThat(byBank.body().get("code").asString()).isEqualTo("access.denied");
    }

    private JsonNode directory(String query) {
        return api().get("/api/v1/organizations" + query).body();
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static List<String> fields(Response response) {
        List<String> fields = new ArrayList<>();
        response.body().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    private static String message(Response response, String field) {
        for (JsonNode error : response.body().get("errors")) {
            if (error.get("field").asString().equals(field)) {
                return error.get("message").asString();
            }
        }
        throw new AssertionError("No error for field " + field + " in " + response.raw());
    }
}
