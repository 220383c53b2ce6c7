package cn.ipfin.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import cn.ipfin.identity.Role;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.loan.LoanPosition;
import cn.ipfin.loan.LoanQueries;
import cn.ipfin.support.ApiClient;
import cn.ipfin.support.ApiClient.Response;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.LoanFixture;
import cn.ipfin.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Default declaration, loss sharing with maker and checker at each party, the pool and the disposal. */
class RecoveryApiTest extends IntegrationTest {

    @Autowired
    private IpAssetService assets;

    @Autowired
    private LoanQueries loans;

    @Autowired
    private RecoveryService recovery;

    @Test
    void insuredPledgeLossSharedAndRecovered() {
        Member insurer = verifiedMember("INSURER", "违约分担测试保险股份有限公司");
        String insurerChecker = addColleague(insurer, Role.INSURER);
        Member evaluator = verifiedMember("EVALUATOR", "违约分担测试资产评估有限公司");
        String evaluatorChecker = addColleague(evaluator, Role.EVALUATOR);
        Member government = verifiedMember("GOVERNMENT", "违约分担测试知识产权局");
        String governmentChecker = addColleague(government, Role.GOVERNMENT);
        LoanFixture.Loan loan = new LoanFixture(this, assets).disbursed("分担", "INSURED_PLEDGE", insurer,
                LocalDate.of(2025, 6, 10));
        ApiClient bank = api().signedInAs(loan.bank().username(), TestData.PASSWORD);
        LoanPosition position = loans.position(loan.id(), recovery.today());

        Map<String, Object> declaration = new HashMap<>();
        declaration.put("loanId", loan.id());
        declaration.put("reason", "逾期超过九十天，催收无果");
        declaration.put("priorRecoveries", position.accruedInterest().plus(position.accruedPenalty()).amount());
        declaration.put("evaluatorOrganizationId", evaluator.organizationId());
        Response declared = bank.post("/api/v1/recovery/cases", declaration);

        assertThat(declared.status()).as(declared.raw()).isEqualTo(201);
        JsonNode defaultCase = declared.body();
        assertThat(defaultCase.get("lossAmount").asString()).isEqualTo("1000000.00");
        assertThat(claim(defaultCase, "FUND").get("amount").asString()).isEqualTo("540000.00");
        assertThat(claim(defaultCase, "BANK").get("amount").asString()).isEqualTo("260000.00");
        assertThat(claim(defaultCase, "BANK").get("status").asString()).isEqualTo("BORNE");
        assertThat(claim(defaultCase, "INSURER").get("amount").asString()).isEqualTo("160000.00");
        assertThat(claim(defaultCase, "EVALUATOR").get("amount").asString()).isEqualTo("40000.00");
        assertThat(bank.get("/api/v1/loan-applications/" + loan.id()).body().get("state").asString())
                .isEqualTo("DEFAULTED");

        ApiClient insurerMaker = api().signedInAs(insurer.username(), TestData.PASSWORD);
        defaultCase = step(insurerMaker, defaultCase, "INSURER", "recommendation", Map.of());
        Response selfCheck = insurerMaker.post(claimPath(defaultCase, "INSURER", "approval"),
                Map.of("version", claim(defaultCase, "INSURER").get("version").asLong()));
        assertThat(selfCheck.status()).isEqualTo(422);
        assertThat(selfCheck.body().get("detail").asString()).contains("经办人不能复核");
        defaultCase = step(api().signedInAs(insurerChecker, TestData.PASSWORD), defaultCase, "INSURER", "approval",
                Map.of("note", "符合保险责任"));
        defaultCase = step(insurerMaker, defaultCase, "INSURER", "payment", Map.of("paidOn", "2026-12-01",
                "reference", "BX-2026-001"));

        ApiClient evaluatorMaker = api().signedInAs(evaluator.username(), TestData.PASSWORD);
        defaultCase = step(evaluatorMaker, defaultCase, "EVALUATOR", "recommendation", Map.of());
        defaultCase = step(api().signedInAs(evaluatorChecker, TestData.PASSWORD), defaultCase, "EVALUATOR",
                "approval", Map.of());
        defaultCase = step(evaluatorMaker, defaultCase, "EVALUATOR", "payment", Map.of("paidOn", "2026-12-01",
                "reference", "PG-2026-001"));

        ApiClient governmentMaker = api().signedInAs(government.username(), TestData.PASSWORD);
        ApiClient governmentCheckerClient = api().signedInAs(governmentChecker, TestData.PASSWORD);
        defaultCase = step(governmentMaker, defaultCase, "FUND", "recommendation", Map.of());
        defaultCase = step(governmentCheckerClient, defaultCase, "FUND", "approval", Map.of());
        Response contribution = governmentMaker.post("/api/v1/recovery/pool/contributions", Map.of(
                "amount", "600000.00", "entryDate", "2026-11-01", "reference", "CZ-2026-011"));
        assertThat(contribution.status()).as(contribution.raw()).isEqualTo(201);
        defaultCase = step(governmentMaker, defaultCase, "FUND", "payment", Map.of("paidOn", "2026-12-02",
                "reference", "FC-2026-001"));
        JsonNode pool = governmentMaker.get("/api/v1/recovery/pool").body();
        assertThat(pool.get("entries").findValuesAsString("kind")).contains("PAYOUT");

        defaultCase = caseStep(bank, defaultCase, "disposal", Map.of("priceMode", "FIXED", "askingPrice", "600000",
                "description", "违约贷款质押发明专利处置变卖。"));
        assertThat(defaultCase.get("disposal").get("listingStatus").asString()).isEqualTo("PENDING_REVIEW");
        defaultCase = caseStep(bank, defaultCase, "proceeds", Map.of("proceeds", "600000.00",
                "proceedsOn", recovery.today().toString(), "reference", "CJ-2026-018"));

        assertThat(defaultCase.get("status").asString()).isEqualTo("CLOSED");
        assertThat(claim(defaultCase, "FUND").get("recovered").asString()).isEqualTo("324000.00");
        assertThat(claim(defaultCase, "BANK").get("recovered").asString()).isEqualTo("156000.00");
        assertThat(claim(defaultCase, "INSURER").get("recovered").asString()).isEqualTo("96000.00");
        assertThat(claim(defaultCase, "EVALUATOR").get("recovered").asString()).isEqualTo("24000.00");
        assertThat(defaultCase.get("pledgorSurplus").asString()).isEqualTo("0.00");
        assertThat(defaultCase.get("proceedsDealId").isNull()).isTrue();
        assertThat(defaultCase.get("events").findValuesAsString("action")).contains("declare", "pay", "dispose",
                "sellOffPlatform", "allocate", "close");
    }

    @Test
    void defaultBeforeThresholdIsRefused() {
        LoanFixture.Loan loan = new LoanFixture(this, assets).disbursed("未到期", "DIRECT_PLEDGE", null,
                recovery.today().minusDays(40));
        ApiClient bank = api().signedInAs(loan.bank().username(), TestData.PASSWORD);

        Response early = bank.post("/api/v1/recovery/cases", Map.of("loanId", loan.id(), "reason", "逾期"));

        assertThat(early.status()).isEqualTo(422);
        assertThat(early.body().get("detail").asString()).contains("90");
        assertThat(bank.get("/api/v1/loan-applications/" + loan.id()).body().get("state").asString())
                .isEqualTo("DISBURSED");
    }

    @Test
    void strangersCannotSeeOrActOnCase() {
        Member guarantor = verifiedMember("GUARANTOR", "违约隔离测试融资担保有限公司");
        LoanFixture.Loan loan = new LoanFixture(this, assets).disbursed("隔离", "TECH_GUARANTOR", guarantor,
                LocalDate.of(2025, 5, 20));
        Member otherBank = verifiedMember("BANK", "违约隔离测试另一银行");
        Member otherGuarantor = verifiedMember("GUARANTOR", "违约隔离测试另一担保有限公司");
        ApiClient stranger = api().signedInAs(otherBank.username(), TestData.PASSWORD);

        Response foreignDeclaration = stranger.post("/api/v1/recovery/cases", Map.of("loanId", loan.id(),
                "reason", "冒名宣告"));
        assertThat(foreignDeclaration.status()).isEqualTo(404);

        Response declared = api().signedInAs(loan.bank().username(), TestData.PASSWORD)
                .post("/api/v1/recovery/cases", Map.of("loanId", loan.id(), "reason", "逾期超过九十天"));
        assertThat(declared.status()).as(declared.raw()).isEqualTo(201);
        long caseId = declared.body().get("id").asLong();

        assertThat(stranger.get("/api/v1/recovery/cases/" + caseId).status()).isEqualTo(404);
        assertThat(stranger.get("/api/v1/recovery/cases").body().findValuesAsString("loanId")).isEmpty();
        Response foreignClaim = api().signedInAs(otherGuarantor.username(), TestData.PASSWORD)
                .post(claimPath(declared.body(), "GUARANTOR", "recommendation"),
                        Map.of("version", claim(declared.body(), "GUARANTOR").get("version").asLong()));
        assertThat(foreignClaim.status()).isEqualTo(404);
        assertThat(api().signedInAs(loan.enterprise().username(), TestData.PASSWORD)
                .get("/api/v1/recovery/cases/" + caseId).status()).isEqualTo(200);
        assertThat(stranger.get("/api/v1/recovery/pool").status()).isEqualTo(403);
    }

    @Test
    void secondDeclarationIsConflict() {
        LoanFixture.Loan loan = new LoanFixture(this, assets).disbursed("重复", "DIRECT_PLEDGE", null,
                LocalDate.of(2025, 4, 15));
        ApiClient bank = api().signedInAs(loan.bank().username(), TestData.PASSWORD);
        Map<String, Object> body = Map.of("loanId", loan.id(), "reason", "逾期超过九十天");

        Response first = bank.post("/api/v1/recovery/cases", body);
        Response second = bank.post("/api/v1/recovery/cases", body);

        assertThat(first.status()).as(first.raw()).isEqualTo(201);
        assertThat(claim(first.body(), "BANK").get("amount").asString())
                .isEqualTo(first.body().get("lossAmount").asString());
        assertThat(second.status()).isEqualTo(409);
    }

    private static JsonNode claim(JsonNode defaultCase, String party) {
        for (JsonNode claim : defaultCase.get("claims")) {
            if (claim.get("party").asString().equals(party)) {
                return claim;
            }
        }
        throw new AssertionError("No claim for " + party + " in " + defaultCase);
    }

    private static String claimPath(JsonNode defaultCase, String party, String step) {
        return "/api/v1/recovery/claims/" + claim(defaultCase, party).get("id").asLong() + "/" + step;
    }

    private static JsonNode step(ApiClient client, JsonNode defaultCase, String party, String step,
            Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("version", claim(defaultCase, party).get("version").asLong());
        Response response = client.post(claimPath(defaultCase, party, step), body);
        assertThat(response.status()).as(party + " " + step + ": " + response.raw()).isEqualTo(200);
        return response.body();
    }

    private static JsonNode caseStep(ApiClient client, JsonNode defaultCase, String step, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("version", defaultCase.get("version").asLong());
        Response response = client.post("/api/v1/recovery/cases/" + defaultCase.get("id").asLong() + "/" + step,
                body);
        assertThat(response.status()).as(step + ": " + response.raw()).isEqualTo(200);
        return response.body();
    }
}
