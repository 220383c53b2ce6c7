package cn.ipfin.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import cn.ipfin.ipasset.IpAsset;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.ipasset.PledgeService;
import cn.ipfin.support.ApiClient;
import cn.ipfin.support.ApiClient.Response;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.PageClient;
import cn.ipfin.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Alerts, rules and annual fees through the API, including what one organisation may not see or change. */
class RiskApiTest extends IntegrationTest {

    @Autowired
    private IpAssetService assets;

    @Autowired
    private PledgeService pledges;

    @Test
    void importedLapseReachesPledgeeWhoAcknowledgesAndResolves() throws InterruptedException {
        Member owner = verifiedMember("ENTERPRISE", "预警流程测试有限公司");
        Member bank = verifiedMember("BANK", "预警流程测试银行");
        IpAsset patent = RiskFixtures.grantedInventionOf(assets, owner);
        RiskFixtures.pledge(pledges, patent, owner, bank);
        ApiClient operator = api().signedInAs(createOperator(), TestData.PASSWORD);
        ApiClient bankClient = api().signedInAs(bank.username(), TestData.PASSWORD);

        Response imported = operator.upload("/api/v1/operator/legal-status-imports", "lapse.csv",
                ("申请号,事件日期,事件\n" + patent.getNumber() + ",2026-11-20,未缴年费专利权终止\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(imported.body().get("applied").asInt()).isEqualTo(1);
        JsonNode alert = awaitAlert(bankClient, "asset:" + patent.getId() + ":LAPSED_UNPAID_FEE");

        assertThat(alert.get("severity").asString()).isEqualTo("CRITICAL");
        assertThat(alert.get("message").asString()).contains(patent.getNumber(), "未缴年费专利权终止");
        JsonNode notice = bankClient.get("/api/v1/notifications").body().valueStream()
                .filter(node -> node.get("link").asString().equals("/risk/alerts/" + alert.get("id").asLong()))
                .findFirst().orElseThrow();
        assertThat(notice.get("category").asString()).isEqualTo("risk.alert-raised");
        assertThat(notice.get("text").asString()).contains(patent.getNumber(), "未缴年费专利权终止");
        JsonNode acknowledged = bankClient.post("/api/v1/risk/alerts/" + alert.get("id").asLong() + "/acknowledgement",
                Map.of("version", alert.get("version").asLong(), "comment", "已联系企业补缴")).body();
        assertThat(acknowledged.get("state").asString()).isEqualTo("ACKNOWLEDGED");
        Response staleResolve = bankClient.post("/api/v1/risk/alerts/" + alert.get("id").asLong() + "/resolution",
                Map.of("version", alert.get("version").asLong(), "comment", "已恢复"));
        assertThat(staleResolve.status()).isEqualTo(409);
        Response missingComment = bankClient.post("/api/v1/risk/alerts/" + alert.get("id").asLong() + "/resolution",
                Map.of("version", acknowledged.get("version").asLong()));
        assertThat(missingComment.status()).isEqualTo(400);
        JsonNode resolved = bankClient.post("/api/v1/risk/alerts/" + alert.get("id").asLong() + "/resolution",
                Map.of("version", acknowledged.get("version").asLong(), "comment", "企业已申请恢复权利")).body();
        assertThat(resolved.get("state").asString()).isEqualTo("RESOLVED");
        assertThat(resolved.get("comments")).hasSize(2);
    }

    @Test
    void otherOrganisationCannotReadOrActOnAlert() {
        Member owner = verifiedMember("ENTERPRISE", "预警越权测试有限公司");
        Member bank = verifiedMember("BANK", "预警越权测试银行");
        Member otherBank = verifiedMember("BANK", "预警越权测试另一银行");
        IpAsset patent = RiskFixtures.grantedInventionOf(assets, owner);
        RiskFixtures.pledge(pledges, patent, owner, bank);
        Alert alert = raiseLapseAlert(patent, owner);
        ApiClient other = api().signedInAs(otherBank.username(), TestData.PASSWORD);

        Response read = other.get("/api/v1/risk/alerts/" + alert.getId());
        Response acknowledge = other.post("/api/v1/risk/alerts/" + alert.getId() + "/acknowledgement",
                Map.of("version", alert.getVersion()));
        Response comment = other.post("/api/v1/risk/alerts/" + alert.getId() + "/comments",
                Map.of("comment", "越权"));
        JsonNode list = other.get("/api/v1/risk/alerts?size=100").body();

        assertThat(read.status()).isEqualTo(404);
        assertThat(acknowledge.status()).isEqualTo(404);
        assertThat(comment.status()).isEqualTo(404);
        assertThat(list.get("content").valueStream().map(node -> node.get("id").asLong()))
                .doesNotContain(alert.getId());
        assertThat(api().signedInAs(bank.username(), TestData.PASSWORD)
                .get("/api/v1/risk/alerts/" + alert.getId()).status()).isEqualTo(200);
    }

    @Test
    void alertPagesNamePatentAndDoNotWrap() throws Exception {
        Member owner = verifiedMember("ENTERPRISE", "预警页面专利测试有限公司");
        Member bank = verifiedMember("BANK", "预警页面专利测试银行");
        IpAsset patent = RiskFixtures.grantedInventionOf(assets, owner);
        RiskFixtures.pledge(pledges, patent, owner, bank);
        Alert alert = raiseLapseAlert(patent, owner);
        PageClient pages = PageClient.signedIn(port, bank.username());

        String detail = pages.get("/risk/alerts/" + alert.getId()).body();
        String list = pages.get("/risk/alerts").body();

        assertThat(detail).contains(patent.getNumber() + " " + patent.getTitle()).doesNotContain("#" + patent.getId()
                + "</a>");
        assertThat(list).contains("class=\"text-nowrap\" data-testid=\"alert-rule\"")
                .contains("class=\"text-nowrap\" data-testid=\"alert-state-cell\"");
    }

    @Test
    void onlyOperatorsChangeRulesAndStartSweeps() {
        ApiClient bank = api().signedInAs(verifiedMember("BANK", "规则越权测试银行").username(), TestData.PASSWORD);
        ApiClient operator = api().signedInAs(createOperator(), TestData.PASSWORD);
        JsonNode rule = operator.get("/api/v1/risk/rules").body().valueStream()
                .filter(node -> node.get("code").asString().equals("RATING_DOWNGRADE")).findFirst().orElseThrow();
        Map<String, Object> change = new HashMap<>();
        change.put("enabled", true);
        change.put("severity", "WARNING");
        change.put("threshold", rule.get("threshold").decimalValue());
        change.put("version", rule.get("version").asLong());

        Response byBank = bank.put("/api/v1/risk/rules/RATING_DOWNGRADE", change);
        Response sweepByBank = bank.post("/api/v1/risk/sweeps", Map.of());
        Response byOperator = operator.put("/api/v1/risk/rules/RATING_DOWNGRADE", change);
        Response stale = operator.put("/api/v1/risk/rules/RATING_DOWNGRADE", change);
        change.put("threshold", -1);
        change.put("version", byOperator.body().get("version").asLong());
        Response negative = operator.put("/api/v1/risk/rules/RATING_DOWNGRADE", change);

        assertThat(byBank.status()).isEqualTo(403);
        assertThat(sweepByBank.status()).isEqualTo(403);
        assertThat(byOperator.status()).as(byOperator.raw()).isEqualTo(200);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(negative.status()).isEqualTo(400);
    }

    @Test
    void ownerRecordsFeePaymentAndOthersCannot() {
        Member owner = verifiedMember("ENTERPRISE", "年费缴纳测试有限公司");
        Member stranger = verifiedMember("ENTERPRISE", "年费缴纳测试另一公司");
        IpAsset patent = RiskFixtures.grantedInventionOf(assets, owner);
        ApiClient ownerClient = api().signedInAs(owner.username(), TestData.PASSWORD);
        Map<String, Object> payment = Map.of("assetId", patent.getId(), "feeYear", 5, "paidOn", "2026-05-04");

        Response byStranger = api().signedInAs(stranger.username(), TestData.PASSWORD)
                .post("/api/v1/risk/annual-fees/payments", payment);
        Response recorded = ownerClient.post("/api/v1/risk/annual-fees/payments", payment);
        Response again = ownerClient.post("/api/v1/risk/annual-fees/payments", payment);
        Response afterWindow = ownerClient.post("/api/v1/risk/annual-fees/payments",
                Map.of("assetId", patent.getId(), "feeYear", 4, "paidOn", "2025-09-05"));
        JsonNode fees = ownerClient.get("/api/v1/risk/annual-fees").body();

        assertThat(byStranger.status()).isEqualTo(404);
        assertThat(recorded.status()).as(recorded.raw()).isEqualTo(201);
        assertThat(recorded.body().get("fee").asString()).isEqualTo("1200.00");
        assertThat(recorded.body().get("surcharge").asString()).isEqualTo("120.00");
        assertThat(again.status()).isEqualTo(409);
        assertThat(afterWindow.status()).isEqualTo(422);
        JsonNode row = fees.valueStream().filter(node -> node.get("assetId").asLong() == patent.getId())
                .findFirst().orElseThrow();
        assertThat(row.get("feeYear").asInt()).isEqualTo(6);
        assertThat(row.get("dueDate").asString()).isEqualTo("2027-03-04");
        assertThat(row.get("relation").asString()).isEqualTo("OWNER");
    }

    @Autowired
    private LegalStatusMonitor monitor;

    private Alert raiseLapseAlert(IpAsset patent, Member owner) {
        return monitor.check(new cn.ipfin.ipasset.LegalStatusChanged(patent.getId(), patent.getNumber(),
                cn.ipfin.ipasset.LegalStatusEventKind.TRANSFERRED, java.time.LocalDate.of(2026, 10, 1),
                cn.ipfin.ipasset.LegalStatus.VALID, cn.ipfin.ipasset.LegalStatus.VALID, owner.organizationId(), true))
                .orElseThrow();
    }

    /** Reads the bank's alerts until the listener, which runs after the import commits, has raised the alert. */
    private static JsonNode awaitAlert(ApiClient client, String subjectKey) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            JsonNode page = client.get("/api/v1/risk/alerts?size=100").body();
            var found = page.get("content").valueStream()
                    .filter(node -> node.get("subjectKey").asString().equals(subjectKey)).findFirst();
            if (found.isPresent()) {
                return client.get("/api/v1/risk/alerts/" + found.get().get("id").asLong()).body();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No alert " + subjectKey + " after 10 seconds");
    }
}
