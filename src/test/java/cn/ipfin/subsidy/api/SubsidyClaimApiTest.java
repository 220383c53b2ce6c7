package cn.ipfin.subsidy.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.ipfin.identity.Role;
import cn.ipfin.subsidy.SubsidyIntegrationTest;
import cn.ipfin.support.ApiClient;
import cn.ipfin.support.ApiClient.Response;
import cn.ipfin.support.TestData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Subsidy claims through the API: amount from the interest paid, the Beijing rate rule, overlapping periods,
 * government maker-checker and who may see or act on a claim. Loans are disbursed on 2025-06-01 at 4.5 %, when
 * the 1-year LPR was 3.0 %; the first instalment of 1,000,000 yuan over 12 months carries 3,750.00 interest.
 */
class SubsidyClaimApiTest extends SubsidyIntegrationTest {

    private static final LocalDate DISBURSED = LocalDate.of(2025, 6, 1);

    @Test
    void shanxiClaimTakesHalfOfInterestPaid() {
        DisbursedLoan loan = disbursedLoan("山西贴息", "0.045", DISBURSED);
        repayInstalments(loan, 1);

        Response preview = loan.enterpriseClient().post("/api/v1/subsidy-claims/preview",
                claim(loan, "shanxi", "2025-06-01", "2025-07-31"));
        Response submitted = loan.enterpriseClient().post("/api/v1/subsidy-claims",
                claim(loan, "shanxi", "2025-06-01", "2025-07-31"));

        assertThat(preview.status()).as(preview.raw()).isEqualTo(200);
        assertThat(preview.body().get("eligible").asBoolean()).isTrue();
        assertThat(preview.body().get("interestPaid").asString()).isEqualTo("3750.00");
        assertThat(preview.body().get("amount").asString()).isEqualTo("1875.00");
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
        assertThat(submitted.body().get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(submitted.body().get("amount").asString()).isEqualTo("1875.00");
        assertThat(submitted.body().get("lpr").decimalValue()).isEqualByComparingTo("0.03");
        assertThat(submitted.body().get("events")).hasSize(1);
    }

    @Test
    void beijingRejectsRateAboveLprTimesMultiple() {
        DisbursedLoan loan = disbursedLoan("北京规则", "0.045", DISBURSED);
        repayInstalments(loan, 1);

        Response preview = loan.enterpriseClient().post("/api/v1/subsidy-claims/preview",
                claim(loan, "beijing-zgc", "2025-06-01", "2025-07-31"));
        Response submitted = loan.enterpriseClient().post("/api/v1/subsidy-claims",
                claim(loan, "beijing-zgc", "2025-06-01", "2025-07-31"));

        assertThat(preview.body().get("eligible").asBoolean()).isFalse();
        assertThat(preview.body().get("reasons").get(0).asString())
                .isEqualTo("贷款年利率 4.5% 高于 1 年期 LPR 3.0% × 1.4 = 4.2%，不符合贴息条件。");
        assertThat(submitted.status()).isEqualTo(422);
        assertThat(submitted.body().get("code").asString()).isEqualTo("subsidy.claim.ineligible");
        assertThat(submitted.body().get("detail").asString()).contains("4.5% 高于 1 年期 LPR 3.0% × 1.4 = 4.2%");
    }

    @Test
    void overlappingPeriodIsConflict() {
        DisbursedLoan loan = disbursedLoan("重叠期间", "0.045", DISBURSED);
        repayInstalments(loan, 2);
        submit(loan, "2025-06-01", "2025-07-31");

        Response overlapping = loan.enterpriseClient().post("/api/v1/subsidy-claims",
                claim(loan, "shanxi", "2025-07-15", "2025-08-31"));
        Response following = loan.enterpriseClient().post("/api/v1/subsidy-claims",
                claim(loan, "shanxi", "2025-08-01", "2025-08-31"));

        assertThat(overlapping.status()).isEqualTo(409);
        assertThat(overlapping.body().get("code").asString()).isEqualTo("subsidy.claim.overlap");
        assertThat(overlapping.body().get("detail").asString()).contains("2025-06-01 至 2025-07-31", "不能重叠");
        assertThat(following.status()).as(following.raw()).isEqualTo(201);
    }

    @Test
    void concurrentDuplicateClaimsOnlyOneSucceeds() throws Exception {
        DisbursedLoan loan = disbursedLoan("并发贴息", "0.045", DISBURSED);
        repayInstalments(loan, 1);
        ApiClient second = api().signedInAs(loan.enterprise().username(), TestData.PASSWORD);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> results = new ArrayList<>();

        for (ApiClient client : List.of(loan.enterpriseClient(), second)) {
            Callable<Integer> submit = () -> {
                start.await();
                return client.post("/api/v1/subsidy-claims", claim(loan, "shanxi", "2025-06-01", "2025-07-31"))
                        .status();
            };
            results.add(pool.submit(submit));
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
    void governmentMakerAndCheckerMustDiffer() {
        DisbursedLoan loan = disbursedLoan("经办复核", "0.045", DISBURSED);
        repayInstalments(loan, 1);
        JsonNode claim = submit(loan, "2025-06-01", "2025-07-31");
        Member office = verifiedMember("GOVERNMENT", "经办复核测试知识产权局");
        ApiClient reviewer = api().signedInAs(office.username(), TestData.PASSWORD);
        ApiClient checker = api().signedInAs(addColleague(office, Role.GOVERNMENT), TestData.PASSWORD);
        ApiClient otherOffice = api().signedInAs(verifiedMember("GOVERNMENT", "经办复核测试另一政府机构").username(),
                TestData.PASSWORD);

        JsonNode recommended = step(reviewer, claim, "recommendation", Map.of("note", "材料齐全"));
        Response selfApproval = reviewer.post(path(recommended, "approval"), Map.of("version", version(recommended)));
        Response foreignApproval = otherOffice.post(path(recommended, "approval"),
                Map.of("version", version(recommended)));
        Response stale = checker.post(path(recommended, "approval"), Map.of("version", version(claim)));
        JsonNode approved = step(checker, recommended, "approval", Map.of("note", "同意"));
        JsonNode paid = step(reviewer, approved, "payout", Map.of("paidOn", LocalDate.now().toString(),
                "payoutReference", "BZ-2025-0001"));

        assertThat(selfApproval.status()).isEqualTo(422);
        assertThat(selfApproval.body().get("detail").asString()).contains("不能再由本人审批");
        assertThat(foreignApproval.status()).isEqualTo(422);
        assertThat(foreignApproval.body().get("code").asString()).isEqualTo("subsidy.claim.other-organization");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(paid.get("state").asString()).isEqualTo("PAID");
        assertThat(paid.get("reviewedBy").asString()).isEqualTo(office.username());
        assertThat(paid.get("payoutReference").asString()).isEqualTo("BZ-2025-0001");
        List<String> actions = new ArrayList<>();
        paid.get("events").forEach(event -> actions.add(event.get("action").asString() + ":"
                + event.get("toState").asString()));
        assertThat(actions).containsExactly("submit:SUBMITTED", "recommend:RECOMMENDED", "approve:APPROVED",
                "payout:PAID");
        assertThat(paid.get("events").get(1).get("note").asString()).isEqualTo("材料齐全");
    }

    @Test
    void returnedClaimCanBeResubmitted() {
        DisbursedLoan loan = disbursedLoan("退回补正", "0.045", DISBURSED);
        repayInstalments(loan, 1);
        JsonNode claim = submit(loan, "2025-06-01", "2025-07-31");
        ApiClient reviewer = api().signedInAs(verifiedMember("GOVERNMENT", "退回补正测试知识产权局").username(),
                TestData.PASSWORD);

        Response withoutReason = reviewer.post(path(claim, "return"), Map.of("version", version(claim)));
        JsonNode returned = step(reviewer, claim, "return", Map.of("reason", "请补充还款凭证"));
        JsonNode resubmitted = step(loan.enterpriseClient(), returned, "resubmission", Map.of("note", "已补充"));

        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(returned.get("state").asString()).isEqualTo("RETURNED");
        assertThat(returned.get("events").get(1).get("note").asString()).isEqualTo("请补充还款凭证");
        assertThat(resubmitted.get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(resubmitted.get("amount").asString()).isEqualTo("1875.00");
    }

    @Test
    void otherOrganisationsCannotSeeOrAct() {
        DisbursedLoan loan = disbursedLoan("越权贴息", "0.045", DISBURSED);
        repayInstalments(loan, 1);
        JsonNode claim = submit(loan, "2025-06-01", "2025-07-31");
        String claimPath = "/api/v1/subsidy-claims/" + claim.get("id").asLong();
        ApiClient otherEnterprise = api().signedInAs(verifiedMember("ENTERPRISE", "越权贴息测试另一企业").username(),
                TestData.PASSWORD);
        ApiClient lender = api().signedInAs(loan.bank().username(), TestData.PASSWORD);
        ApiClient otherBank = api().signedInAs(verifiedMember("BANK", "越权贴息测试另一银行").username(),
                TestData.PASSWORD);
        ApiClient investor = api().signedInAs(verifiedMember("INVESTOR", "越权贴息测试投资机构").username(),
                TestData.PASSWORD);

        assertThat(otherEnterprise.get(claimPath).status()).isEqualTo(404);
        assertThat(otherEnterprise.get("/api/v1/subsidy-claims").body()).isEmpty();
        assertThat(otherEnterprise.post("/api/v1/subsidy-claims", claim(loan, "shanxi", "2025-08-01", "2025-08-31"))
                .status()).isEqualTo(404);
        assertThat(otherEnterprise.post(path(claim, "withdrawal"), Map.of("version", version(claim))).status())
                .isEqualTo(404);
        assertThat(lender.get(claimPath).status()).isEqualTo(200);
        assertThat(lender.get("/api/v1/subsidy-claims").body()).hasSize(1);
        assertThat(lender.post(path(claim, "recommendation"), Map.of("version", version(claim))).status())
                .isEqualTo(403);
        assertThat(otherBank.get(claimPath).status()).isEqualTo(404);
        assertThat(otherBank.get("/api/v1/subsidy-claims").body()).isEmpty();
        assertThat(investor.get("/api/v1/subsidy-claims").status()).isEqualTo(403);
        assertThat(api().get(claimPath).status()).isEqualTo(401);
    }

    @Test
    void invalidPeriodListsEveryField() {
        DisbursedLoan loan = disbursedLoan("字段校验", "0.045", DISBURSED);

        Response response = loan.enterpriseClient().post("/api/v1/subsidy-claims", Map.of("loanId", loan.id(),
                "periodFrom", "2025-08-01", "periodTo", "2025-07-01"));
        Response beforeDisbursement = loan.enterpriseClient().post("/api/v1/subsidy-claims",
                claim(loan, "shanxi", "2025-05-01", "2025-07-01"));

        assertThat(response.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        response.body().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("policyCode", "periodTo");
        assertThat(beforeDisbursement.status()).isEqualTo(400);
        assertThat(beforeDisbursement.body().get("errors").get(0).get("message").asString()).contains("2025-06-01");
    }

    private JsonNode submit(DisbursedLoan loan, String from, String to) {
        Response response = loan.enterpriseClient().post("/api/v1/subsidy-claims", claim(loan, "shanxi", from, to));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.body();
    }

    private static Map<String, Object> claim(DisbursedLoan loan, String policy, String from, String to) {
        return Map.of("loanId", loan.id(), "policyCode", policy, "periodFrom", from, "periodTo", to);
    }

    private static JsonNode step(ApiClient client, JsonNode claim, String step, Map<String, Object> fields) {
        Map<String, Object> body = new java.util.HashMap<>(fields);
        body.put("version", version(claim));
        Response response = client.post(path(claim, step), body);
        assertThat(response.status()).as(step + ": " + response.raw()).isEqualTo(200);
        return response.body();
    }

    private static String path(JsonNode claim, String step) {
        return "/api/v1/subsidy-claims/" + claim.get("id").asLong() + "/" + step;
    }

    private static long version(JsonNode claim) {
        return claim.get("version").asLong();
    }
}
