package cn.ipfin.ipasset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.ipfin.support.ApiClient;
import cn.ipfin.support.ApiClient.Response;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class PledgeApiTest extends IntegrationTest {

    @Autowired
    private IpAssetService assets;

    @Test
    void checklistNamesEveryGround() {
        Member enterprise = verifiedMember("ENTERPRISE", "质押检查测试有限公司");
        IpAsset patent = grantedPatentOf(enterprise);
        ApiClient bank = api().signedInAs(verifiedMember("BANK", "质押检查测试银行").username(), TestData.PASSWORD);

        JsonNode checklist = bank.post("/api/v1/ip-assets/" + patent.getId() + "/pledge-checks", Map.of(
                "pledgorOrganizationId", enterprise.organizationId(), "loanFinalDueDate", "2042-01-01",
                "contractComplete", true)).body();

        assertThat(checklist.get("checks")).hasSize(PledgeRefusalGround.values().length);
        assertThat(checklist.get("blocked").asBoolean()).isTrue();
        JsonNode term = check(checklist, "LOAN_ENDS_AFTER_EXPIRY");
        assertThat(term.get("outcome").asString()).isEqualTo("FAIL");
        assertThat(term.get("message").asString()).contains("2042-01-01", "2041-03-04");
        assertThat(check(checklist, "NOT_REGISTERED_OWNER").get("outcome").asString()).isEqualTo("PASS");
        assertThat(check(checklist, "ANNUAL_FEES_UNPAID").get("outcome").asString()).isEqualTo("NEEDS_CONFIRMATION");
    }

    @Test
    void recordedPledgeMarksAssetAndBlocksSecondPledge() {
        Member enterprise = verifiedMember("ENTERPRISE", "质押登记测试有限公司");
        IpAsset patent = grantedPatentOf(enterprise);
        ApiClient bank = api().signedInAs(verifiedMember("BANK", "质押登记测试银行").username(), TestData.PASSWORD);
        ApiClient otherBank = api().signedInAs(verifiedMember("BANK", "质押登记另一银行").username(), TestData.PASSWORD);

        Response first = bank.post(pledges(patent), registration(enterprise, "HT-2026-001"));
        Response second = otherBank.post(pledges(patent), registration(enterprise, "HT-2026-002"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(api().get("/api/v1/ip-assets/" + patent.getId()).body().get("pledged").asBoolean()).isTrue();
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body().get("detail").asString()).contains("已被质押");
        long pledgeId = first.body().get("id").asLong();
        assertThat(otherBank.post("/api/v1/ip-pledges/" + pledgeId + "/release", Map.of()).status()).isEqualTo(404);
        assertThat(bank.post("/api/v1/ip-pledges/" + pledgeId + "/release", Map.of()).body().get("status").asString())
                .isEqualTo("RELEASED");
        assertThat(api().get("/api/v1/ip-assets/" + patent.getId()).body().get("pledged").asBoolean()).isFalse();
    }

    @Test
    void twoSimultaneousPledgesOnlyOneWins() throws Exception {
        Member enterprise = verifiedMember("ENTERPRISE", "并发质押测试有限公司");
        IpAsset patent = grantedPatentOf(enterprise);
        List<ApiClient> banks = List.of(
                api().signedInAs(verifiedMember("BANK", "并发质押测试银行一").username(), TestData.PASSWORD),
                api().signedInAs(verifiedMember("BANK", "并发质押测试银行二").username(), TestData.PASSWORD));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> results = new ArrayList<>();

        for (int i = 0; i < banks.size(); i++) {
            ApiClient bank = banks.get(i);
            String reference = "HT-CONCURRENT-" + i;
            Callable<Integer> attempt = () -> {
                start.await();
                return bank.post(pledges(patent), registration(enterprise, reference)).status();
            };
            results.add(pool.submit(attempt));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();

        assertThat(statuses).containsExactlyInAnyOrder(201, 409);
    }

    @Test
    void onlyBanksRecordPledges() {
        Member enterprise = verifiedMember("ENTERPRISE", "质押越权测试有限公司");
        IpAsset patent = grantedPatentOf(enterprise);
        ApiClient owner = api().signedInAs(enterprise.username(), TestData.PASSWORD);

        assertThat(api().post(pledges(patent), registration(enterprise, "X")).status()).isEqualTo(401);
        assertThat(owner.post(pledges(patent), registration(enterprise, "X")).status()).isEqualTo(403);
        assertThat(api().post("/api/v1/ip-assets/" + patent.getId() + "/pledge-checks", Map.of()).status())
                .isEqualTo(401);
    }

    @Test
    void pledgeByNonOwnerIsRefused() {
        Member enterprise = verifiedMember("ENTERPRISE", "真实权利人测试有限公司");
        Member stranger = verifiedMember("ENTERPRISE", "冒名出质测试有限公司");
        IpAsset patent = grantedPatentOf(enterprise);
        ApiClient bank = api().signedInAs(verifiedMember("BANK", "冒名出质测试银行").username(), TestData.PASSWORD);

        Response response = bank.post(pledges(patent), registration(stranger, "HT-FAKE"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body().get("detail").asString()).contains("不是", "登记权利人");
    }

    private IpAsset grantedPatentOf(Member owner) {
        String number = ManualEntryApiTest.nextNumber(1);
        IpAssetData data = new IpAssetData(IpKind.INVENTION, "一种质押测试用的方法", null, null,
                List.of(owner.organizationName()), List.of(), null, LocalDate.of(2021, 3, 4), null,
                LocalDate.of(2023, 1, 10), List.of(), null, 10, 1);
        return assets.save(new IpNumber(number, false, "CN"), data, "授权", "TEST", "test").asset();
    }

    private static String pledges(IpAsset patent) {
        return "/api/v1/ip-assets/" + patent.getId() + "/pledges";
    }

    private static Map<String, Object> registration(Member pledgor, String reference) {
        Map<String, Object> body = new HashMap<>();
        body.put("pledgorOrganizationId", pledgor.organizationId());
        body.put("reference", reference);
        body.put("registrationNumber", "Y2026980000" + Math.abs(reference.hashCode() % 1000));
        body.put("registeredOn", "2026-11-20");
        body.put("loanFinalDueDate", "2029-11-20");
        return body;
    }

    private static JsonNode check(JsonNode checklist, String ground) {
        for (JsonNode check : checklist.get("checks")) {
            if (check.get("ground").asString().equals(ground)) {
                return check;
            }
        }
        throw new AssertionError("No check for " + ground);
    }
}
