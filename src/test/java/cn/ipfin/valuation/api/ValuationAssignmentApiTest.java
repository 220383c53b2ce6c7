package cn.ipfin.valuation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import cn.ipfin.identity.UserAccountService;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.support.ApiClient;
import cn.ipfin.support.ApiClient.Response;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;

class ValuationAssignmentApiTest extends IntegrationTest {

    private static final String BASE = "/api/v1/valuation-assignments";

    @Autowired
    private IpAssetService assets;

    @Autowired
    private UserAccountService accounts;

    private Member enterprise;
    private Member evaluator;
    private String reviewer;
    private Long assetId;

    @BeforeEach
    void parties() {
        String suffix = TestData.uniqueUsername("");
        enterprise = verifiedMember("ENTERPRISE", "委托测试科技有限公司" + suffix);
        evaluator = verifiedMember("EVALUATOR", "委托测试资产评估有限公司" + suffix);
        reviewer = AssignmentFixtures.secondEvaluator(accounts, evaluator.organizationId());
        assetId = AssignmentFixtures.inventionOf(assets, enterprise.organizationName()).getId();
    }

    @Test
    void fullFlowSignsReportWithGoldenValue() {
        JsonNode inReview = draftSubmitted();
        JsonNode signed = as(reviewer).post(BASE + "/" + id(inReview) + "/approve",
                Map.of("version", version(inReview))).body();

        assertThat(signed.get("status").asString()).isEqualTo("SIGNED");
        // 0.6 × 736,716.07 + 0.2 × 615,600 + 0.2 × 877,800 = 740,709.642
        assertThat(signed.get("reconciledValue").asString()).isEqualTo("740709.64");
        assertThat(signed.get("report").get("number").asString()).startsWith("PG");
        assertThat(signed.get("report").get("contentHash").asString()).hasSize(64);
        assertThat(signed.get("events")).extracting(e -> e.get("action").asString())
                .containsExactly("REQUEST", "QUOTE", "ACCEPT", "SUBMIT", "APPROVE");
        assertThat(signed.get("events").get(4).get("actor").asString()).isEqualTo(reviewer);
    }

    @Test
    void percentilesAreOrderedAndPledgeValueIsP10() {
        JsonNode inReview = draftSubmitted();

        assertThat(new java.math.BigDecimal(inReview.get("p10").asString()))
                .isLessThanOrEqualTo(new java.math.BigDecimal(inReview.get("p50").asString()));
        assertThat(new java.math.BigDecimal(inReview.get("p50").asString()))
                .isLessThanOrEqualTo(new java.math.BigDecimal(inReview.get("p90").asString()));
        assertThat(inReview.get("pledgeValue").asString()).isEqualTo(inReview.get("p10").asString());
    }

    @Test
    void preparerCannotApproveOwnDraft() {
        JsonNode inReview = draftSubmitted();

        Response response = as(evaluator.username()).post(BASE + "/" + id(inReview) + "/approve",
                Map.of("version", version(inReview)));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.body().get("code").asString()).isEqualTo("valuation-assignment.maker-checker");
        assertThat(response.body().get("detail").asString()).contains("编制人不能复核");
    }

    @Test
    void reviewerReturnsDraftWithReason() {
        JsonNode inReview = draftSubmitted();

        Response withoutReason = as(reviewer).post(BASE + "/" + id(inReview) + "/return",
                Map.of("version", version(inReview), "reason", " "));
        JsonNode returned = as(reviewer).post(BASE + "/" + id(inReview) + "/return",
                Map.of("version", version(inReview), "reason", "折现率依据不足，请补充风险报酬率来源")).body();

        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(returned.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(returned.get("events").get(4).get("detail").asString()).contains("折现率依据不足");
    }

    @Test
    void requesterDeclinesQuote() {
        JsonNode requested = requestAssignment();
        JsonNode quoted = as(evaluator.username()).post(BASE + "/" + id(requested) + "/quote",
                Map.of("version", version(requested), "fee", "90000")).body();

        JsonNode declined = as(enterprise.username()).post(BASE + "/" + id(quoted) + "/decline",
                Map.of("version", version(quoted), "reason", "报价高于预算")).body();
        Response acceptAfterDecline = as(enterprise.username()).post(BASE + "/" + id(declined) + "/accept",
                Map.of("version", version(declined)));

        assertThat(declined.get("status").asString()).isEqualTo("DECLINED");
        assertThat(acceptAfterDecline.status()).isEqualTo(409);
    }

    @Test
    void illegalTransitionIsConflict() {
        JsonNode requested = requestAssignment();

        Response accept = as(enterprise.username()).post(BASE + "/" + id(requested) + "/accept",
                Map.of("version", version(requested)));

        assertThat(accept.status()).isEqualTo(409);
        assertThat(accept.body().get("code").asString()).isEqualTo("valuation-assignment.state");
    }

    @Test
    void staleVersionIsConflict() {
        JsonNode requested = requestAssignment();
        as(evaluator.username()).post(BASE + "/" + id(requested) + "/quote",
                Map.of("version", version(requested), "fee", "30000", "note", "10 个工作日"));

        Response second = as(reviewer).post(BASE + "/" + id(requested) + "/quote",
                Map.of("version", version(requested), "fee", "28000"));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body().get("code").asString()).isEqualTo("valuation-assignment.stale");
        assertThat(second.body().get("detail").asString()).contains("已被他人修改");
    }

    @Test
    void otherOrganisationsAreRefused() {
        JsonNode requested = requestAssignment();
        Member otherEvaluator = verifiedMember("EVALUATOR", "无关评估机构" + TestData.uniqueUsername(""));
        Member otherEnterprise = verifiedMember("ENTERPRISE", "无关科技公司" + TestData.uniqueUsername(""));

        assertThat(as(otherEvaluator.username()).get(BASE + "/" + id(requested)).status()).isEqualTo(404);
        assertThat(as(otherEvaluator.username()).post(BASE + "/" + id(requested) + "/quote",
                Map.of("version", version(requested), "fee", "1000")).status()).isEqualTo(404);
        assertThat(as(otherEnterprise.username()).get(BASE + "/" + id(requested) + "/report.pdf").status())
                .isEqualTo(404);
        assertThat(api().get(BASE + "/" + id(requested)).status()).isEqualTo(401);
    }

    @Test
    void requesterCannotQuoteAndEvaluatorCannotAccept() {
        JsonNode requested = requestAssignment();

        Response quote = as(enterprise.username()).post(BASE + "/" + id(requested) + "/quote",
                Map.of("version", version(requested), "fee", "1000"));

        assertThat(quote.status()).isEqualTo(403);
        JsonNode quoted = as(evaluator.username()).post(BASE + "/" + id(requested) + "/quote",
                Map.of("version", version(requested), "fee", "1000")).body();
        Response accept = as(evaluator.username()).post(BASE + "/" + id(quoted) + "/accept",
                Map.of("version", version(quoted)));
        assertThat(accept.status()).isEqualTo(403);
    }

    @Test
    void enterpriseCannotRequestValuationOfOthersPatent() {
        Member stranger = verifiedMember("ENTERPRISE", "他人科技公司" + TestData.uniqueUsername(""));

        Response response = as(stranger.username()).post(BASE, Map.of("evaluatorOrganizationId",
                evaluator.organizationId(), "assetIds", List.of(assetId), "purpose", "质押融资"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().toString()).contains("assetIds");
    }

    @Test
    void draftWithBadInputsListsEveryField() {
        JsonNode accepted = accepted();
        Map<String, Object> input = new java.util.LinkedHashMap<>(AssignmentFixtures.draftInput(assetId));
        input.put("weights", Map.of("INCOME", "0.5", "COST", "0.2", "MARKET", "0.2"));
        input.put("cost", Map.of("replacementCost", "1200000", "remainingLifeYears", "30", "elapsedLifeYears", "8",
                "functionalObsolescence", "1.5", "economicObsolescence", "0", "source", "x"));

        Response response = as(evaluator.username()).post(BASE + "/" + id(accepted) + "/draft",
                Map.of("version", version(accepted), "input", input));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.raw()).contains("cost.remainingLifeYears");
    }

    private JsonNode requestAssignment() {
        Response response = as(enterprise.username()).post(BASE, Map.of("evaluatorOrganizationId",
                evaluator.organizationId(), "assetIds", List.of(assetId), "purpose", "知识产权质押融资"));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.body();
    }

    private JsonNode accepted() {
        JsonNode requested = requestAssignment();
        JsonNode quoted = as(evaluator.username()).post(BASE + "/" + id(requested) + "/quote",
                Map.of("version", version(requested), "fee", "30000.00", "note", "10 个工作日")).body();
        return as(enterprise.username()).post(BASE + "/" + id(quoted) + "/accept",
                Map.of("version", version(quoted))).body();
    }

    private JsonNode draftSubmitted() {
        JsonNode accepted = accepted();
        Response draft = as(evaluator.username()).post(BASE + "/" + id(accepted) + "/draft",
                Map.of("version", version(accepted), "input", AssignmentFixtures.draftInput(assetId)));
        assertThat(draft.status()).as(draft.raw()).isEqualTo(200);
        return draft.body();
    }

    private ApiClient as(String username) {
        return api().signedInAs(username, TestData.PASSWORD);
    }

    private static long id(JsonNode assignment) {
        return assignment.get("id").asLong();
    }

    private static long version(JsonNode assignment) {
        return assignment.get("version").asLong();
    }
}
