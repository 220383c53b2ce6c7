package cn.ipfin.content.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import cn.ipfin.support.ApiClient.Response;
import cn.ipfin.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The comparison through the API. Other tests publish products into the shared database, so the figures here are
 * checked for consistency; the hand-worked values are in {@code FinancingCostCalculatorTest}.
 */
class FinancingComparisonApiTest extends IntegrationTest {

    @Test
    void everyModelHasConsistentCostAndFullLossSplit() {
        Response response = api().get("/api/v1/financing-models/compare?amount=1000000&termMonths=12"
                + "&ipKind=INVENTION&ipValue=2500000");

        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        List<String> codes = response.body().valueStream().map(row -> row.get("modelCode").asString()).toList();
        assertThat(codes).contains("DIRECT_PLEDGE", "GOVERNMENT_FUND_GUARANTEE", "TECH_GUARANTOR", "INSURED_PLEDGE");
        for (JsonNode row : response.body()) {
            BigDecimal parts = row.get("interest").decimalValue().add(row.get("guaranteeFee").decimalValue())
                    .add(row.get("insurancePremium").decimalValue()).add(row.get("valuationFee").decimalValue())
                    .subtract(row.get("subsidy").decimalValue());
            assertThat(row.get("totalCost").decimalValue()).isEqualByComparingTo(parts);
            BigDecimal shared = row.get("lossShares").valueStream().map(share -> share.get("amount").decimalValue())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(shared).isEqualByComparingTo("1000000");
            assertThat(row.get("loanToValue").decimalValue()).isEqualByComparingTo("0.4");
        }
    }

    @Test
    void insuredModelChargesPremiumAndDirectPledgeDoesNot() {
        JsonNode rows = api().get("/api/v1/financing-models/compare?amount=1000000&termMonths=12&ipKind=INVENTION")
                .body();

        JsonNode insured = row(rows, "INSURED_PLEDGE");
        JsonNode direct = row(rows, "DIRECT_PLEDGE");
        assertThat(insured.get("insurancePremium").decimalValue()).isEqualByComparingTo("12000");
        assertThat(direct.get("insurancePremium").decimalValue()).isEqualByComparingTo("0");
        assertThat(direct.get("lossShares").get(0).get("party").asString()).isEqualTo("BANK");
        assertThat(insured.get("lossShares")).hasSize(4);
    }

    @Test
    void invalidInputNamesTheFields() {
        Response response = api().get("/api/v1/financing-models/compare?amount=-5&termMonths=0");

        assertThat(response.status()).isEqualTo(400);
        List<String> fields = response.body().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
        assertThat(fields).containsExactlyInAnyOrder("amount", "termMonths", "ipKind");
        assertThat(response.body().get("errors").get(0).get("message").asString()).contains("金额");
    }

    private static JsonNode row(JsonNode rows, String code) {
        return rows.valueStream().filter(row -> row.get("modelCode").asString().equals(code)).findFirst().orElseThrow();
    }
}
