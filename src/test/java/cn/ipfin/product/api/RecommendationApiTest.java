package cn.ipfin.product.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import cn.ipfin.support.ApiClient;
import cn.ipfin.support.ApiClient.Response;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RecommendationApiTest extends IntegrationTest {

    @Test
    void recommendsWithReasonsAndNearMisses() {
        Member enterprise = verifiedMember("ENTERPRISE", "推荐测试科技有限公司" + TestData.uniqueUsername(""));
        ApiClient enterpriseClient = api().signedInAs(enterprise.username(), TestData.PASSWORD);
        // The invention expires in 2041, the utility model on 2029-06-01: before a five-year loan ends.
        assertThat(enterpriseClient.post("/api/v1/ip-assets",
                ProductFixtures.patent(enterprise.organizationName(), "INVENTION", "2021-03-04")).status()).isEqualTo(201);
        assertThat(enterpriseClient.post("/api/v1/ip-assets",
                ProductFixtures.patent(enterprise.organizationName(), "UTILITY_MODEL", "2019-06-01")).status()).isEqualTo(201);
        Member bank = verifiedMember("BANK", "推荐测试银行" + TestData.uniqueUsername(""));
        ApiClient bankClient = api().signedInAs(bank.username(), TestData.PASSWORD);
        long shortLoan = publish(bankClient, ProductFixtures.pledgeLoan("三年期专利贷"));
        long utilityLoan = publish(bankClient, utilityModelLoan());
        long creditLoan = publish(bankClient, creditLoan());

        Response response = enterpriseClient.post("/api/v1/product-recommendations",
                Map.of("amount", "3000000", "termMonths", 60, "purpose", "研发设备采购"));

        assertThat(response.status()).isEqualTo(200);
        JsonNode credit = find(response, creditLoan);
        assertThat(credit.get("outcome").asString()).isEqualTo("ELIGIBLE");
        assertThat(credit.get("reasons").get(0).asString()).isEqualTo("融资金额在产品额度 100,000.00–5,000,000.00 元之内");
        assertThat(credit.get("toCheck").get(0).asString()).startsWith("信用等级须不低于 A：");
        JsonNode utility = find(response, utilityLoan);
        assertThat(utility.get("outcome").asString()).isEqualTo("NEAR_MISS");
        assertThat(utility.get("missing")).hasSize(1);
        assertThat(utility.get("missing").get(0).asString()).isEqualTo("需要一件剩余保护期不少于 5 年的有效实用新型");
        JsonNode tooShort = find(response, shortLoan);
        assertThat(tooShort.get("missing").get(0).asString()).isEqualTo("融资期限须不超过 36 个月");
        assertThat(tooShort.get("toCheck").get(0).asString()).startsWith("成立年限须不少于 2 年");
        assertThat(indexOf(response, creditLoan)).isLessThan(indexOf(response, utilityLoan));
    }

    @Test
    void shortLoanOnInventionIsEligibleWithItsReasons() {
        Member enterprise = verifiedMember("ENTERPRISE", "专利充足测试有限公司" + TestData.uniqueUsername(""));
        ApiClient enterpriseClient = api().signedInAs(enterprise.username(), TestData.PASSWORD);
        enterpriseClient.post("/api/v1/ip-assets",
                ProductFixtures.patent(enterprise.organizationName(), "INVENTION", "2021-03-04"));
        Member bank = verifiedMember("BANK", "专利贷测试银行" + TestData.uniqueUsername(""));
        long loan = publish(api().signedInAs(bank.username(), TestData.PASSWORD), ProductFixtures.pledgeLoan("专利贷"));

        Response response = enterpriseClient.post("/api/v1/product-recommendations",
                Map.of("amount", "2000000", "termMonths", 24));

        JsonNode match = find(response, loan);
        assertThat(match.get("outcome").asString()).isEqualTo("ELIGIBLE");
        assertThat(match.get("reasons").get(2).asString()).startsWith("有 1 件有效的发明专利或实用新型");
        assertThat(match.get("reasons").get(3).asString()).isEqualTo("所在地区（太原市小店区）在产品服务范围内");
        assertThat(match.get("rates").get("minRate").decimalValue()).isEqualByComparingTo("0.035");
    }

    @Test
    void invalidRequestNamesTheFields() {
        Member enterprise = verifiedMember("ENTERPRISE", "推荐校验测试有限公司" + TestData.uniqueUsername(""));

        Response response = api().signedInAs(enterprise.username(), TestData.PASSWORD)
                .post("/api/v1/product-recommendations", Map.of("amount", "-5", "termMonths", 0));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo("amount");
        assertThat(response.body().get("errors").get(0).get("message").asString()).contains("融资金额");
        assertThat(response.body().get("errors").get(1).get("field").asString()).isEqualTo("termMonths");
    }

    @Test
    void onlyEnterprisesGetRecommendations() {
        Member bank = verifiedMember("BANK", "推荐越权测试银行" + TestData.uniqueUsername(""));
        Map<String, Object> request = Map.of("amount", "1000000", "termMonths", 12);

        assertThat(api().post("/api/v1/product-recommendations", request).status()).isEqualTo(401);
        assertThat(api().signedInAs(bank.username(), TestData.PASSWORD)
                .post("/api/v1/product-recommendations", request).status()).isEqualTo(403);
    }

    private static Map<String, Object> utilityModelLoan() {
        Map<String, Object> body = ProductFixtures.pledgeLoan("五年期实用新型贷");
        body.put("eligibleIpKinds", List.of("UTILITY_MODEL"));
        body.put("pledgeRateCaps", Map.of("UTILITY_MODEL", "0.3"));
        body.put("maxTermMonths", 120);
        body.put("minCreditGrade", null);
        body.put("minYearsInBusiness", null);
        return body;
    }

    private static Map<String, Object> creditLoan() {
        Map<String, Object> body = ProductFixtures.pledgeLoan("科创信用贷");
        body.put("type", "CREDIT_LOAN");
        body.put("minAmount", "100000");
        body.put("maxAmount", "5000000");
        body.put("minTermMonths", 1);
        body.put("maxTermMonths", 60);
        body.put("eligibleIpKinds", List.of());
        body.put("pledgeRateCaps", Map.of());
        body.put("minCreditGrade", "A");
        body.put("minYearsInBusiness", null);
        body.put("districts", List.of());
        return body;
    }

    private static long publish(ApiClient client, Map<String, Object> body) {
        Response created = client.post("/api/v1/products", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        client.post("/api/v1/products/" + id + "/publish?version=0", Map.of());
        return id;
    }

    private static JsonNode find(Response response, long productId) {
        for (JsonNode node : response.body()) {
            if (node.get("productId").asLong() == productId) {
                return node;
            }
        }
        throw new AssertionError("Product " + productId + " was not recommended: " + response.raw());
    }

    private static int indexOf(Response response, long productId) {
        for (int i = 0; i < response.body().size(); i++) {
            if (response.body().get(i).get("productId").asLong() == productId) {
                return i;
            }
        }
        return -1;
    }
}
