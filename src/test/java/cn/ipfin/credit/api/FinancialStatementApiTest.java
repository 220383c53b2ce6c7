package cn.ipfin.credit.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import cn.ipfin.credit.StatementFixtures;
import cn.ipfin.support.ApiClient;
import cn.ipfin.support.ApiClient.Response;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Entering one year of statements through the API: golden validation cases and who may read and write. */
class FinancialStatementApiTest extends IntegrationTest {

    @Test
    void balancedYearIsStoredAndReadBack() {
        Member enterprise = verifiedMember("ENTERPRISE", "报表录入测试" + TestData.uniqueUsername("e"));
        ApiClient client = api().signedInAs(enterprise.username(), TestData.PASSWORD);

        Response saved = client.put(path(enterprise, "/2024"), StatementFixtures.balancedYear());
        Response list = client.get(path(enterprise, ""));

        assertThat(saved.status()).isEqualTo(200);
        assertThat(list.status()).isEqualTo(200);
        JsonNode year = list.body().get(0);
        assertThat(year.get("year").asInt()).isEqualTo(2024);
        assertThat(year.get("figures").get("totalAssets").asString()).isEqualTo("8000000.00");
        assertThat(year.get("figures").get("investingCashFlow").asString()).isEqualTo("-300000.00");
        assertThat(year.get("figures").get("employees").asInt()).isEqualTo(60);
        assertThat(year.get("figures").has("financingCashFlow")).isFalse();
    }

    @Test
    void unbalancedSheetIsRejectedAtTotalAssets() {
        Member enterprise = verifiedMember("ENTERPRISE", "报表不平测试" + TestData.uniqueUsername("e"));
        Map<String, Object> body = StatementFixtures.balancedYear();
        body.put("ownersEquity", "4999998.50");

        Response response = api().signedInAs(enterprise.username(), TestData.PASSWORD)
                .put(path(enterprise, "/2024"), body);

        assertThat(response.status()).isEqualTo(400);
        JsonNode error = response.body().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("totalAssets");
        assertThat(error.get("message").asString()).isEqualTo("2024 年资产总计 8,000,000.00 元不等于负债合计 "
                + "3,000,000.00 元加所有者权益合计 4,999,998.50 元（相差 1.50 元），差额须在 1 元以内，请核对资产负债表。");
    }

    @Test
    void differenceOfOneYuanIsAccepted() {
        Member enterprise = verifiedMember("ENTERPRISE", "报表差一元测试" + TestData.uniqueUsername("e"));
        Map<String, Object> body = StatementFixtures.balancedYear();
        body.put("ownersEquity", "4999999.00");

        Response response = api().signedInAs(enterprise.username(), TestData.PASSWORD)
                .put(path(enterprise, "/2024"), body);

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void missingItemAndNegativeRevenueAreBothListed() {
        Member enterprise = verifiedMember("ENTERPRISE", "报表缺项测试" + TestData.uniqueUsername("e"));
        Map<String, Object> body = StatementFixtures.balancedYear();
        body.remove("netProfit");
        body.put("operatingRevenue", "-100.00");
        body.put("rdExpense", "720000.123");

        Response response = api().signedInAs(enterprise.username(), TestData.PASSWORD)
                .put(path(enterprise, "/2023"), body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").size()).isEqualTo(3);
        assertThat(messageOf(response, "operatingRevenue")).isEqualTo("2023 年营业收入：不能为负数，请核对后重新填写。");
        assertThat(messageOf(response, "netProfit")).isEqualTo("2023 年净利润：请填写。");
        assertThat(messageOf(response, "rdExpense"))
                .isEqualTo("2023 年研究开发费用：金额最多保留两位小数（单位为元），例如 1234.56。");
    }

    @Test
    void techStaffAboveEmployeesIsRejected() {
        Member enterprise = verifiedMember("ENTERPRISE", "报表人数测试" + TestData.uniqueUsername("e"));
        Map<String, Object> body = StatementFixtures.balancedYear();
        body.put("techStaff", 61);

        Response response = api().signedInAs(enterprise.username(), TestData.PASSWORD)
                .put(path(enterprise, "/2024"), body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(messageOf(response, "techStaff")).isEqualTo("2024 年科技人员数（人） 61 人多于职工总数 60 人，请核对。");
    }

    @Test
    void staleVersionIsAConflict() {
        Member enterprise = verifiedMember("ENTERPRISE", "报表并发测试" + TestData.uniqueUsername("e"));
        ApiClient client = api().signedInAs(enterprise.username(), TestData.PASSWORD);
        client.put(path(enterprise, "/2024"), StatementFixtures.balancedYear());
        Map<String, Object> body = StatementFixtures.balancedYear();
        body.put("version", 0);
        client.put(path(enterprise, "/2024"), body);

        Response stale = client.put(path(enterprise, "/2024"), body);

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("detail").asString()).contains("已被他人修改");
    }

    @Test
    void anonymousCallerIsUnauthorized() {
        Member enterprise = verifiedMember("ENTERPRISE", "报表匿名测试" + TestData.uniqueUsername("e"));

        assertThat(api().get(path(enterprise, "")).status()).isEqualTo(401);
        assertThat(api().put(path(enterprise, "/2024"), StatementFixtures.balancedYear()).status()).isEqualTo(401);
    }

    @Test
    void otherOrganisationsNeitherReadNorWrite() {
        Member enterprise = verifiedMember("ENTERPRISE", "报表保密测试" + TestData.uniqueUsername("e"));
        Member other = verifiedMember("ENTERPRISE", "报表他人测试" + TestData.uniqueUsername("e"));
        Member bank = verifiedMember("BANK", "报表银行测试" + TestData.uniqueUsername("b"));
        api().signedInAs(enterprise.username(), TestData.PASSWORD)
                .put(path(enterprise, "/2024"), StatementFixtures.balancedYear());
        ApiClient otherClient = api().signedInAs(other.username(), TestData.PASSWORD);
        ApiClient bankClient = api().signedInAs(bank.username(), TestData.PASSWORD);

        assertThat(otherClient.get(path(enterprise, "")).status()).isEqualTo(404);
        assertThat(otherClient.put(path(enterprise, "/2024"), StatementFixtures.balancedYear()).status())
                .isEqualTo(404);
        assertThat(bankClient.get(path(enterprise, "")).status()).isEqualTo(404);
        assertThat(bankClient.put(path(enterprise, "/2024"), StatementFixtures.balancedYear()).status())
                .isEqualTo(404);
    }

    @Test
    void operatorMayReadAnyEnterprise() {
        Member enterprise = verifiedMember("ENTERPRISE", "报表运营测试" + TestData.uniqueUsername("e"));
        api().signedInAs(enterprise.username(), TestData.PASSWORD)
                .put(path(enterprise, "/2024"), StatementFixtures.balancedYear());

        Response response = api().signedInAs(createOperator(), TestData.PASSWORD).get(path(enterprise, ""));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().size()).isEqualTo(1);
    }

    private static String path(Member enterprise, String suffix) {
        return "/api/v1/enterprises/" + enterprise.organizationId() + "/financial-statements" + suffix;
    }

    private static String messageOf(Response response, String field) {
        for (JsonNode error : response.body().get("errors")) {
            if (error.get("field").asString().equals(field)) {
                return error.get("message").asString();
            }
        }
        throw new AssertionError("No error for " + field + " in " + response.raw());
    }
}
