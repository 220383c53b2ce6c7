package cn.ipfin.loan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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

import cn.ipfin.core.identifier.PatentApplicationNumber;
import cn.ipfin.identity.Role;
import cn.ipfin.ipasset.IpAsset;
import cn.ipfin.ipasset.IpAssetData;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.ipasset.IpKind;
import cn.ipfin.ipasset.IpNumber;
import cn.ipfin.support.ApiClient;
import cn.ipfin.support.ApiClient.Response;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The pledge loan workflow through the API, from application to disbursement. */
class LoanApplicationApiTest extends IntegrationTest {

    private static int serial = (int) (System.nanoTime() % 1_000_000);

    @Autowired
    private IpAssetService assets;

    @Test
    void applicationRunsFromSubmissionToDisbursement() {
        Parties parties = parties("全流程");
        JsonNode application = apply(parties, null);
        assertThat(application.get("state").asString()).isEqualTo("CHECKED");
        assertThat(application.get("reviewOverdue").asBoolean()).isFalse();

        JsonNode valued = step(parties.maker, application, "valuation", Map.of("conservativeValue", 2000000,
                "pledgeRateCap", 0.5, "reference", "SJPG-2026-0001"));
        Response aboveCap = parties.maker.post(path(valued, "preparation"), Map.of("version", version(valued),
                "approvedAmount", 1200000, "approvedRate", 0.045));
        assertThat(aboveCap.status()).isEqualTo(422);
        assertThat(aboveCap.body().get("detail").asString()).contains("1000000.00");

        JsonNode prepared = step(parties.maker, valued, "preparation", Map.of("approvedAmount", 1000000,
                "approvedRate", 0.045));
        Response selfApproval = parties.maker.post(path(prepared, "approval"), Map.of("version", version(prepared)));
        assertThat(selfApproval.status()).isEqualTo(409);
        assertThat(selfApproval.body().get("detail").asString()).contains("经办");

        JsonNode approved = step(parties.checker, prepared, "approval", Map.of("note", "同意"));
        JsonNode registered = step(parties.maker, approved, "pledge-registration", Map.of(
                "registrationNumber", "Y2026990000123", "registeredOn", "2026-11-20"));
        assertThat(api().get("/api/v1/ip-assets/" + parties.patent.getId()).body().get("pledged").asBoolean()).isTrue();
        JsonNode checks = parties.applicant.get(path(registered, "checks")).body();
        for (JsonNode check : checks) {
            if ("ALREADY_PLEDGED".equals(check.get("ground").asString())) {
                assertThat(check.get("outcome").asString()).isEqualTo("PASS");
                assertThat(check.get("message").asString()).isEqualTo("已为本笔贷款办理质押登记");
            }
        }
        assertThat(checks.findValuesAsString("ground")).contains("ALREADY_PLEDGED");
        JsonNode disbursed = step(parties.maker, registered, "disbursement", Map.of("disbursedOn", "2026-11-25"));

        assertThat(disbursed.get("state").asString()).isEqualTo("DISBURSED");
        assertThat(disbursed.get("events")).hasSize(7);
        JsonNode schedule = parties.applicant.get(path(disbursed, "schedule")).body();
        assertThat(schedule).hasSize(12);
        assertThat(schedule.get(0).get("payment").asString()).isEqualTo("85378.52");
        BigDecimal principal = BigDecimal.ZERO;
        for (JsonNode installment : schedule) {
            principal = principal.add(new BigDecimal(installment.get("principal").asString()));
        }
        assertThat(principal).isEqualByComparingTo("1000000.00");
    }

    @Test
    void illegalStepIsConflict() {
        Parties parties = parties("非法步骤");
        JsonNode application = apply(parties, null);

        Response disburse = parties.maker.post(path(application, "disbursement"), Map.of("version",
                version(application), "disbursedOn", "2026-11-25"));

        assertThat(disburse.status()).isEqualTo(409);
        assertThat(disburse.body().get("code").asString()).isEqualTo("loan.transition.illegal");
    }

    @Test
    void guaranteeIsNeededWhenGuarantorIsNamed() {
        Parties parties = parties("担保");
        Member guarantor = verifiedMember("GUARANTOR", "担保流程测试担保公司");
        JsonNode application = apply(parties, guarantor.organizationId());
        JsonNode valued = step(parties.maker, application, "valuation", Map.of("conservativeValue", 2000000,
                "pledgeRateCap", 0.5, "reference", "SJPG-2026-0002"));
        ApiClient guarantorClient = api().signedInAs(guarantor.username(), TestData.PASSWORD);

        Response early = parties.maker.post(path(valued, "preparation"), Map.of("version", version(valued),
                "approvedAmount", 500000, "approvedRate", 0.04));
        Response byBank = parties.maker.post(path(valued, "guarantee"), Map.of("version", version(valued),
                "accepted", true));
        JsonNode guaranteed = step(guarantorClient, valued, "guarantee", Map.of("accepted", true, "note", "同意担保"));

        assertThat(early.status()).isEqualTo(409);
        assertThat(byBank.status()).isEqualTo(403);
        assertThat(guaranteed.get("state").asString()).isEqualTo("GUARANTEED");
    }

    @Test
    void twoCheckersAtOnceOnlyOneWins() throws Exception {
        Parties parties = parties("并发审批");
        String secondChecker = addColleague(parties.bank, Role.BANK);
        JsonNode application = apply(parties, null);
        JsonNode valued = step(parties.maker, application, "valuation", Map.of("conservativeValue", 2000000,
                "pledgeRateCap", 0.5, "reference", "SJPG-2026-0003"));
        JsonNode prepared = step(parties.maker, valued, "preparation", Map.of("approvedAmount", 800000,
                "approvedRate", 0.04));
        List<ApiClient> checkers = List.of(parties.checker, api().signedInAs(secondChecker, TestData.PASSWORD));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> results = new ArrayList<>();

        for (ApiClient checker : checkers) {
            Callable<Integer> approve = () -> {
                start.await();
                return checker.post(path(prepared, "approval"), Map.of("version", version(prepared))).status();
            };
            results.add(pool.submit(approve));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    }

    @Test
    void strangersCannotSeeOrAct() {
        Parties parties = parties("越权");
        JsonNode application = apply(parties, null);
        ApiClient otherBank = api().signedInAs(verifiedMember("BANK", "越权流程测试另一银行").username(),
                TestData.PASSWORD);
        ApiClient otherEnterprise = api().signedInAs(verifiedMember("ENTERPRISE", "越权流程测试另一企业").username(),
                TestData.PASSWORD);

        assertThat(otherBank.get("/api/v1/loan-applications/" + application.get("id").asLong()).status())
                .isEqualTo(404);
        assertThat(otherEnterprise.get(path(application, "checks")).status()).isEqualTo(404);
        assertThat(otherBank.post(path(application, "valuation"), Map.of("version", version(application),
                "conservativeValue", 1, "pledgeRateCap", 0.5, "reference", "X")).status()).isEqualTo(404);
        assertThat(api().get("/api/v1/loan-applications").status()).isEqualTo(401);
    }

    @Test
    void modelNeedingGuarantorRefusesApplicationWithoutOne() {
        Parties parties = parties("模式担保");
        Map<String, Object> product = new HashMap<>();
        product.put("type", "IP_PLEDGE_LOAN");
        product.put("name", "科技担保质押贷");
        product.put("minAmount", "100000");
        product.put("maxAmount", "5000000");
        product.put("minTermMonths", 6);
        product.put("maxTermMonths", 36);
        product.put("minSpreadBp", 0);
        product.put("maxSpreadBp", 200);
        product.put("eligibleIpKinds", List.of("INVENTION"));
        product.put("pledgeRateCaps", Map.of("INVENTION", "0.5"));
        product.put("industries", List.of());
        product.put("districts", List.of());
        product.put("financingModel", "TECH_GUARANTOR");
        product.put("repaymentMethods", List.of("EQUAL_INSTALLMENT"));
        long productId = parties.maker.post("/api/v1/products", product).body().get("id").asLong();
        Map<String, Object> body = new HashMap<>();
        body.put("lenderOrganizationId", parties.bank.organizationId());
        body.put("productId", productId);
        body.put("amount", "1000000.00");
        body.put("termMonths", 12);
        body.put("annualRate", 0.04);
        body.put("method", "EQUAL_INSTALLMENT");
        body.put("purpose", "研发");
        body.put("assetIds", List.of(parties.patent.getId()));

        Response refused = parties.applicant.post("/api/v1/loan-applications", body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.raw()).contains("guarantorOrganizationId").contains("担保机构");
    }

    @Test
    void invalidApplicationListsEveryField() {
        Parties parties = parties("字段");
        Map<String, Object> body = new HashMap<>();
        body.put("lenderOrganizationId", parties.applicantMember.organizationId());
        body.put("termMonths", 400);
        body.put("annualRate", 1.2);
        body.put("purpose", "");
        body.put("assetIds", List.of());

        Response response = parties.applicant.post("/api/v1/loan-applications", body);

        assertThat(response.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        response.body().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("amount", "termMonths", "annualRate", "method", "purpose",
                "assetIds", "lenderOrganizationId");
    }

    private record Parties(Member applicantMember, Member bank, IpAsset patent, ApiClient applicant, ApiClient maker,
            ApiClient checker) {
    }

    private Parties parties(String label) {
        Member enterprise = verifiedMember("ENTERPRISE", label + "流程测试有限公司");
        Member bank = verifiedMember("BANK", label + "流程测试银行");
        String checker = addColleague(bank, Role.BANK);
        return new Parties(enterprise, bank, grantedPatentOf(enterprise),
                api().signedInAs(enterprise.username(), TestData.PASSWORD),
                api().signedInAs(bank.username(), TestData.PASSWORD), api().signedInAs(checker, TestData.PASSWORD));
    }

    private JsonNode apply(Parties parties, Long guarantorId) {
        Map<String, Object> body = new HashMap<>();
        body.put("lenderOrganizationId", parties.bank.organizationId());
        body.put("guarantorOrganizationId", guarantorId);
        body.put("amount", "1000000.00");
        body.put("termMonths", 12);
        body.put("annualRate", 0.045);
        body.put("method", "EQUAL_INSTALLMENT");
        body.put("purpose", "研发设备采购");
        body.put("assetIds", List.of(parties.patent.getId()));
        Response response = parties.applicant.post("/api/v1/loan-applications", body);
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.body();
    }

    private static JsonNode step(ApiClient client, JsonNode application, String step, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("version", version(application));
        Response response = client.post(path(application, step), body);
        assertThat(response.status()).as(step + ": " + response.raw()).isEqualTo(200);
        return response.body();
    }

    private static String path(JsonNode application, String step) {
        return "/api/v1/loan-applications/" + application.get("id").asLong() + "/" + step;
    }

    private static long version(JsonNode application) {
        return application.get("version").asLong();
    }

    private IpAsset grantedPatentOf(Member owner) {
        String digits = String.format("2022%d%07d", 1, nextSerial());
        String number = digits + "." + PatentApplicationNumber.computeCheckCharacter(digits);
        IpAssetData data = new IpAssetData(IpKind.INVENTION, "一种流程测试用的方法", null, null,
                List.of(owner.organizationName()), List.of(), null, LocalDate.of(2022, 3, 4), null,
                LocalDate.of(2024, 1, 10), List.of(), null, 10, 1);
        return assets.save(new IpNumber(number, false, "CN"), data, "授权", "TEST", "test").asset();
    }

    private static synchronized int nextSerial() {
        return serial++ % 10_000_000;
    }
}
