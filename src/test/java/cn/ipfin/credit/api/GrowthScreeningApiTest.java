package cn.ipfin.credit.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import cn.ipfin.credit.StatementFixtures;
import cn.ipfin.support.ApiClient;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GrowthScreeningApiTest extends IntegrationTest {

    @Test
    void ranksGrowingEnterpriseAboveFlatOneAndExportsTheSameList() throws IOException {
        Member growing = enterpriseWithRevenues("成长筛选快速", "10000000.00", "12100000.00");
        Member flat = enterpriseWithRevenues("成长筛选平稳", "12100000.00", "12100000.00");
        ApiClient operator = api().signedInAs(createOperator(), TestData.PASSWORD);
        Map<String, Object> criteria = Map.of("minRevenueCagr", 0.05, "industries", List.of("I"));

        JsonNode rows = operator.post("/api/v1/growth-screenings", criteria).body();

        int growingRank = rankOf(rows, growing.organizationName());
        int flatRank = rankOf(rows, flat.organizationName());
        assertThat(growingRank).isLessThan(flatRank);
        JsonNode growingRow = rows.get(growingRank);
        assertThat(growingRow.get("revenueCagr").decimalValue()).isEqualByComparingTo("0.1000");
        assertThat(growingRow.get("qualifies").asBoolean()).isTrue();
        assertThat(rows.get(flatRank).get("qualifies").asBoolean()).isFalse();

        byte[] export = operator.postForBytes("/api/v1/growth-screenings/export", criteria);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(rows.size());
            Row row = sheet.getRow(growingRank + 1);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(growing.organizationName());
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("0.1000");
        }
    }

    @Test
    void onlyOperatorsAndGovernmentScreen() {
        ApiClient enterprise = api().signedInAs(verifiedMember("ENTERPRISE", "筛选越权测试有限公司").username(),
                TestData.PASSWORD);
        ApiClient government = api().signedInAs(verifiedMember("GOVERNMENT", "筛选测试知识产权局").username(),
                TestData.PASSWORD);

        assertThat(api().post("/api/v1/growth-screenings", Map.of()).status()).isEqualTo(401);
        assertThat(enterprise.post("/api/v1/growth-screenings", Map.of()).status()).isEqualTo(403);
        assertThat(government.post("/api/v1/growth-screenings", Map.of()).status()).isEqualTo(200);
        assertThat(government.post("/api/v1/growth-screenings", Map.of("minNewIp", -1)).status()).isEqualTo(400);
    }

    private Member enterpriseWithRevenues(String label, String first, String latest) {
        Member member = verifiedMember("ENTERPRISE", label + TestData.uniqueUsername("g") + "有限公司");
        ApiClient client = api().signedInAs(member.username(), TestData.PASSWORD);
        put(client, member, 2023, first);
        put(client, member, 2024, first);
        put(client, member, 2025, latest);
        return member;
    }

    private static void put(ApiClient client, Member member, int year, String revenue) {
        Map<String, Object> body = StatementFixtures.balancedYear();
        body.put("operatingRevenue", revenue);
        var response = client.put("/api/v1/enterprises/" + member.organizationId() + "/financial-statements/" + year,
                body);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
    }

    private static int rankOf(JsonNode rows, String name) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).get("name").asString().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("No row for " + name);
    }
}
