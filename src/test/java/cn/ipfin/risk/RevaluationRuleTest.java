package cn.ipfin.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.time.ClockConfiguration;
import cn.ipfin.identity.UserAccountService;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.support.ApiClient;
import cn.ipfin.support.ApiClient.Response;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.LoanFixture;
import cn.ipfin.support.TestData;
import cn.ipfin.valuation.AssetsRevalued;
import cn.ipfin.valuation.api.AssignmentFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The loan-to-value rule on signed valuation reports: signing publishes {@link AssetsRevalued} for the pledged
 * patent, and the rule compares the loan's 1,000,000 yuan of outstanding principal with the report's value
 * against the default threshold of 0.7.
 */
class RevaluationRuleTest extends IntegrationTest {

    private static final String ASSIGNMENTS = "/api/v1/valuation-assignments";

    @Autowired
    private IpAssetService assets;

    @Autowired
    private UserAccountService accounts;

    @Autowired
    private LoanToValueMonitor monitor;

    @Autowired
    private Alerts alerts;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void signedReportRaisesLoanToValueAlert() {
        LoanFixture.Loan loan = new LoanFixture(this, assets).disbursed("重估", "DIRECT_PLEDGE", null,
                LocalDate.now(ClockConfiguration.ZONE).minusDays(10));
        String reportNumber = signedReportOn(loan);

        AssetsRevalued published = publishedRevaluation(reportNumber);
        monitor.check(published);
        String subject = "loan:" + loan.id() + ":ltv:" + published.reportId();

        assertThat(published.assetIds()).containsExactly(loan.patent().getId());
        // 0.6 × 736,716.07 + 0.2 × 615,600 + 0.2 × 877,800, as in the valuation golden test
        assertThat(published.value()).isEqualTo(Money.of("740709.64"));
        Alert alert = alerts.findFirstByRuleAndSubjectKeyAndStateNot(RuleCode.LOAN_TO_VALUE, subject,
                AlertState.RESOLVED).orElseThrow();
        assertThat(alert.getLoanId()).isEqualTo(loan.id());
        assertThat(alert.getRecipients()).contains(loan.bank().organizationId());
        // 1,000,000 / 740,709.64 = 1.3501
        assertThat(alert.getMessageArguments()).contains(reportNumber, "740709.64", "1000000.00", "135.01%", "70%");
    }

    @Test
    void valueAtOrBelowThresholdRaisesNothing() {
        LoanFixture.Loan loan = new LoanFixture(this, assets).disbursed("足值", "DIRECT_PLEDGE", null,
                LocalDate.now(ClockConfiguration.ZONE).minusDays(10));
        long reportId = -System.nanoTime();

        List<Alert> atLimit = monitor.check(revaluation(loan, reportId, "1428571.43"));
        List<Alert> above = monitor.check(revaluation(loan, reportId - 1, "1250000.00"));

        // 1,000,000 / 1,428,571.43 = 0.7000 and 1,000,000 / 1,250,000 = 0.8000
        assertThat(atLimit).isEmpty();
        assertThat(above).hasSize(1);
        assertThat(above.get(0).getRule()).isEqualTo(RuleCode.LOAN_TO_VALUE);
        assertThat(above.get(0).getMessageArguments()).contains("80%");
    }

    @Test
    void revaluationOfUnpledgedAssetRaisesNothing() {
        Member owner = verifiedMember("ENTERPRISE", "未质押重估测试有限公司");
        Long assetId = RiskFixtures.grantedInventionOf(assets, owner).getId();

        List<Alert> raised = monitor.check(new AssetsRevalued(-System.nanoTime(), "PG-TEST", List.of(assetId),
                Money.of("1.00"), LocalDate.now(ClockConfiguration.ZONE)));

        assertThat(raised).isEmpty();
    }

    private static AssetsRevalued revaluation(LoanFixture.Loan loan, long reportId, String value) {
        return new AssetsRevalued(reportId, "PG-TEST-" + reportId, List.of(loan.patent().getId()), Money.of(value),
                LocalDate.now(ClockConfiguration.ZONE));
    }

    /** Has a new evaluator value the loan's patent and a second evaluator sign it, and returns the report number. */
    private String signedReportOn(LoanFixture.Loan loan) {
        Member evaluator = verifiedMember("EVALUATOR", "重估测试资产评估有限公司" + TestData.uniqueUsername(""));
        String reviewer = AssignmentFixtures.secondEvaluator(accounts, evaluator.organizationId());
        ApiClient requester = api().signedInAs(loan.enterprise().username(), TestData.PASSWORD);
        ApiClient preparer = api().signedInAs(evaluator.username(), TestData.PASSWORD);

        JsonNode requested = requester.post(ASSIGNMENTS, Map.of("evaluatorOrganizationId",
                evaluator.organizationId(), "assetIds", List.of(loan.patent().getId()), "purpose", "质押物重新评估"))
                .body();
        JsonNode quoted = preparer.post(path(requested, "quote"), Map.of("version", version(requested),
                "fee", "30000.00", "note", "10 个工作日")).body();
        JsonNode accepted = requester.post(path(quoted, "accept"), Map.of("version", version(quoted))).body();
        JsonNode drafted = preparer.post(path(accepted, "draft"), Map.of("version", version(accepted),
                "input", AssignmentFixtures.draftInput(loan.patent().getId()))).body();
        Response signed = api().signedInAs(reviewer, TestData.PASSWORD).post(path(drafted, "approve"),
                Map.of("version", version(drafted)));
        assertThat(signed.status()).as(signed.raw()).isEqualTo(200);
        return signed.body().get("report").get("number").asString();
    }

    private AssetsRevalued publishedRevaluation(String reportNumber) {
        String pattern = "%" + reportNumber + "%";
        List<Map<String, Object>> events = jdbc.queryForList("""
                select listener_id, serialized_event from event_publication
                where event_type = ? and serialized_event like ?
                union all
                select listener_id, serialized_event from event_publication_archive
                where event_type = ? and serialized_event like ?
                """, AssetsRevalued.class.getName(), pattern, AssetsRevalued.class.getName(), pattern);
        assertThat(events).extracting(row -> row.get("listener_id").toString())
                .anyMatch(listener -> listener.contains(LoanToValueMonitor.class.getName()));
        return json.readValue(events.get(0).get("serialized_event").toString(), AssetsRevalued.class);
    }

    private static String path(JsonNode assignment, String step) {
        return ASSIGNMENTS + "/" + assignment.get("id").asLong() + "/" + step;
    }

    private static long version(JsonNode assignment) {
        return assignment.get("version").asLong();
    }
}
