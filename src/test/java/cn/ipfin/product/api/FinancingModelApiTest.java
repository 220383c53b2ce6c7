package cn.ipfin.product.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import cn.ipfin.support.ApiClient;
import cn.ipfin.support.ApiClient.Response;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import org.junit.jupiter.api.Test;

class FinancingModelApiTest extends IntegrationTest {

    @Test
    void modelsArePublicWithTheirShares() {
        Response response = api().get("/api/v1/financing-models/INSURED_PLEDGE");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("requiresInsurer").asBoolean()).isTrue();
        assertThat(response.body().get("shares")).hasSize(4);
        assertThat(response.body().get("shares").get(0).get("party").asString()).isEqualTo("FUND");
        assertThat(response.body().get("shares").get(0).get("sharePercent").decimalValue()).isEqualByComparingTo("54");
        assertThat(api().get("/api/v1/financing-models").body()).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void lossIsAllocatedToTheFen() {
        Member bank = verifiedMember("BANK", "分担测试银行" + TestData.uniqueUsername(""));

        Response response = api().signedInAs(bank.username(), TestData.PASSWORD)
                .post("/api/v1/financing-models/INSURED_PLEDGE/loss-allocations", Map.of("amount", "1000000.01"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get(0).get("amount").asString()).isEqualTo("540000.01");
        assertThat(response.body().get(1).get("amount").asString()).isEqualTo("260000.00");
        assertThat(response.body().get(2).get("amount").asString()).isEqualTo("160000.00");
        assertThat(response.body().get(3).get("amount").asString()).isEqualTo("40000.00");
    }

    @Test
    void operatorRevisesSharesThatAddUpToHundred() {
        ApiClient operator = api().signedInAs(createOperator(), TestData.PASSWORD);
        long version = api().get("/api/v1/financing-models/TECH_GUARANTOR").body().get("version").asLong();

        Response wrongTotal = operator.put("/api/v1/financing-models/TECH_GUARANTOR?version=" + version,
                revision("70", "20"));
        Response revised = operator.put("/api/v1/financing-models/TECH_GUARANTOR?version=" + version,
                revision("70", "30"));
        Response stale = operator.put("/api/v1/financing-models/TECH_GUARANTOR?version=" + version,
                revision("70", "30"));

        assertThat(wrongTotal.status()).isEqualTo(400);
        assertThat(wrongTotal.body().get("errors").get(0).get("message").asString()).contains("合计为 90");
        assertThat(revised.status()).isEqualTo(200);
        assertThat(revised.body().get("version").asLong()).isEqualTo(version + 1);
        assertThat(stale.status()).isEqualTo(409);
    }

    @Test
    void bankCannotReviseModels() {
        Member bank = verifiedMember("BANK", "改模式测试银行" + TestData.uniqueUsername(""));

        Response response = api().signedInAs(bank.username(), TestData.PASSWORD)
                .put("/api/v1/financing-models/TECH_GUARANTOR?version=0", revision("50", "50"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(api().put("/api/v1/financing-models/TECH_GUARANTOR?version=0", revision("50", "50")).status())
                .isEqualTo(401);
    }

    @Test
    void lprInForceOnDate() {
        Response response = api().get("/api/v1/loan-prime-rates?date=2025-01-15");

        assertThat(response.body().get(0).get("effectiveDate").asString()).isEqualTo("2024-10-21");
        assertThat(response.body().get(0).get("oneYear").decimalValue()).isEqualByComparingTo("0.031");
        assertThat(response.body().get(0).get("fiveYear").decimalValue()).isEqualByComparingTo("0.036");
        assertThat(api().get("/api/v1/loan-prime-rates?date=2025-05-20").body().get(0).get("oneYear")
                .decimalValue()).isEqualByComparingTo("0.03");
    }

    private static Map<String, Object> revision(String guarantor, String bank) {
        return Map.of("requiresGuarantor", true, "requiresInsurer", false, "shares", List.of(
                Map.of("party", "GUARANTOR", "sharePercent", guarantor), Map.of("party", "BANK", "sharePercent", bank)));
    }
}
