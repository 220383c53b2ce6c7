package cn.ipfin.credit.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import cn.ipfin.credit.StatementFixtures;
import cn.ipfin.support.ApiClient;
import cn.ipfin.support.ApiClient.Response;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Consent to the credit file: grants, expiry, revocation, the view log, and ratings under a grant. */
class CreditFileApiTest extends IntegrationTest {

    private static final Map<String, Object> ANSWERS = Map.of("answers", Map.of("MANAGEMENT", "STRONG",
            "IP_QUALITY", "MEDIUM", "POLICY_FIT", "ENCOURAGED", "CREDIT_HISTORY", "CLEAN"));

    @Autowired
    private JdbcClient jdbc;

    @Test
    void bankWithoutGrantIsRefusedWithChineseMessage() {
        Member enterprise = enterpriseWithStatements("档案无授权测试");
        Member bank = verifiedMember("BANK", "档案银行甲" + TestData.uniqueUsername("b"));

        Response response = signedIn(bank).get(filePath(enterprise));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body().get("code").asString()).isEqualTo("credit.file.grant-required");
        assertThat(response.body().get("detail").asString()).contains("须取得企业授权");
    }

    @Test
    void anonymousCallerIsUnauthorized() {
        Member enterprise = enterpriseWithStatements("档案匿名测试");

        assertThat(api().get(filePath(enterprise)).status()).isEqualTo(401);
        assertThat(api().get("/api/v1/credit-file-grants").status()).isEqualTo(401);
        assertThat(api().get(ratingsPath(enterprise)).status()).isEqualTo(401);
    }

    @Test
    void grantedBankReadsFileAndViewIsRecorded() {
        Member enterprise = enterpriseWithStatements("档案授权测试");
        Member bank = verifiedMember("BANK", "档案银行乙" + TestData.uniqueUsername("b"));
        ApiClient owner = signedIn(enterprise);
        Response grant = owner.post("/api/v1/credit-file-grants", Map.of("granteeId", bank.organizationId(),
                "days", 30, "purpose", "知识产权质押贷款审查"));

        Response file = signedIn(bank).get(filePath(enterprise));
        Response views = owner.get(filePath(enterprise) + "/views");

        assertThat(grant.status()).isEqualTo(201);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.body().get("registration").get("name").asString()).isEqualTo(enterprise.organizationName());
        assertThat(file.body().get("statements").size()).isEqualTo(2);
        assertThat(file.body().get("grantPurpose").asString()).isEqualTo("知识产权质押贷款审查");
        assertThat(views.body().size()).isEqualTo(1);
        assertThat(views.body().get(0).get("viewerUsername").asString()).isEqualTo(bank.username());
        assertThat(views.body().get(0).get("purpose").asString()).isEqualTo("知识产权质押贷款审查");
        assertThat(signedIn(bank).get(filePath(enterprise) + "/views").status()).isEqualTo(404);
    }

    @Test
    void expiredGrantIsRefused() {
        Member enterprise = enterpriseWithStatements("档案过期测试");
        Member bank = verifiedMember("BANK", "档案银行丙" + TestData.uniqueUsername("b"));
        Response grant = signedIn(enterprise).post("/api/v1/credit-file-grants", Map.of("granteeId",
                bank.organizationId(), "days", 1, "purpose", "授信审查"));
        jdbc.sql("update credit_file_grant set expires_at = now() - interval '1 minute' where id = ?")
                .param(grant.body().get("id").asLong()).update();

        Response response = signedIn(bank).get(filePath(enterprise));

        assertThat(response.status()).isEqualTo(403);
        assertThat(signedIn(bank).get(statementsPath(enterprise)).status()).isEqualTo(404);
    }

    @Test
    void revokedGrantIsRefused() {
        Member enterprise = enterpriseWithStatements("档案撤销测试");
        Member bank = verifiedMember("BANK", "档案银行丁" + TestData.uniqueUsername("b"));
        ApiClient owner = signedIn(enterprise);
        Response grant = owner.post("/api/v1/credit-file-grants", Map.of("granteeId", bank.organizationId(),
                "days", 30, "purpose", "授信审查"));
        assertThat(signedIn(bank).get(filePath(enterprise)).status()).isEqualTo(200);

        Response revoked = owner.post("/api/v1/credit-file-grants/" + grant.body().get("id").asLong() + "/revoke",
                Map.of());

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.body().get("live").asBoolean()).isFalse();
        assertThat(signedIn(bank).get(filePath(enterprise)).status()).isEqualTo(403);
    }

    @Test
    void onlyTheEnterpriseRevokesItsGrant() {
        Member enterprise = enterpriseWithStatements("档案他人撤销测试");
        Member bank = verifiedMember("BANK", "档案银行戊" + TestData.uniqueUsername("b"));
        Response grant = signedIn(enterprise).post("/api/v1/credit-file-grants", Map.of("granteeId",
                bank.organizationId(), "days", 30, "purpose", "授信审查"));

        Response response = signedIn(bank).post("/api/v1/credit-file-grants/" + grant.body().get("id").asLong()
                + "/revoke", Map.of());

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void invalidGrantListsEveryField() {
        Member enterprise = enterpriseWithStatements("档案授权校验测试");

        Response response = signedIn(enterprise).post("/api/v1/credit-file-grants", Map.of("granteeId",
                enterprise.organizationId(), "days", 400, "purpose", " "));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").size()).isEqualTo(3);
    }

    @Test
    void grantedBankRatesAndEnterpriseSeesHistory() {
        Member enterprise = enterpriseWithStatements("评级测试");
        Member bank = verifiedMember("BANK", "评级银行" + TestData.uniqueUsername("b"));
        signedIn(enterprise).post("/api/v1/credit-file-grants", Map.of("granteeId", bank.organizationId(),
                "days", 30, "purpose", "信用评级"));

        Response rating = signedIn(bank).post(ratingsPath(enterprise), ANSWERS);
        Response history = signedIn(enterprise).get(ratingsPath(enterprise));

        // ratios of the 2024 fixture against 2023 revenue 10,000,000.00: debt 0.375 (12), current 2.5 (10),
        // growth 0.2 (8), margin 0.085 (8), R&D 0.06 (10), cash 0.3 (6) = 54, qualitative choices 10 + 6 + 10 + 10 = 36
        assertThat(rating.status()).as(rating.raw()).isEqualTo(201);
        assertThat(rating.body().get("total").asInt()).isEqualTo(90);
        assertThat(rating.body().get("grade").asString()).isEqualTo("AAA");
        assertThat(rating.body().get("modelVersion").asInt()).isEqualTo(1);
        assertThat(rating.body().get("contributions").get(0).get("ratio").asString()).isEqualTo("0.3750");
        assertThat(rating.body().get("contributions").get(2).get("points").asInt()).isEqualTo(8);
        assertThat(history.body().size()).isEqualTo(1);
    }

    @Test
    void ratingsAreForBanksAndEvaluatorsWithGrant() {
        Member enterprise = enterpriseWithStatements("评级权限测试");
        Member bank = verifiedMember("BANK", "评级无授权银行" + TestData.uniqueUsername("b"));
        Member other = verifiedMember("ENTERPRISE", "评级他企" + TestData.uniqueUsername("e"));

        assertThat(signedIn(enterprise).post(ratingsPath(enterprise), ANSWERS).status()).isEqualTo(403);
        assertThat(signedIn(bank).post(ratingsPath(enterprise), ANSWERS).status()).isEqualTo(404);
        assertThat(signedIn(bank).get(ratingsPath(enterprise)).status()).isEqualTo(404);
        assertThat(signedIn(other).get(ratingsPath(enterprise)).status()).isEqualTo(404);
    }

    private Member enterpriseWithStatements(String name) {
        Member enterprise = verifiedMember("ENTERPRISE", name + TestData.uniqueUsername("e"));
        ApiClient client = signedIn(enterprise);
        Map<String, Object> previous = StatementFixtures.balancedYear();
        previous.put("operatingRevenue", "10000000.00");
        client.put(statementsPath(enterprise) + "/2023", previous);
        client.put(statementsPath(enterprise) + "/2024", StatementFixtures.balancedYear());
        return enterprise;
    }

    private ApiClient signedIn(Member member) {
        return api().signedInAs(member.username(), TestData.PASSWORD);
    }

    private static String filePath(Member enterprise) {
        return "/api/v1/enterprises/" + enterprise.organizationId() + "/credit-file";
    }

    private static String ratingsPath(Member enterprise) {
        return "/api/v1/enterprises/" + enterprise.organizationId() + "/ratings";
    }

    private static String statementsPath(Member enterprise) {
        return "/api/v1/enterprises/" + enterprise.organizationId() + "/financial-statements";
    }
}
