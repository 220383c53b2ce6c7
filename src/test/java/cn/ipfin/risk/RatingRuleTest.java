package cn.ipfin.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.ipfin.core.time.ClockConfiguration;
import cn.ipfin.credit.EnterpriseRated;
import cn.ipfin.credit.StatementFixtures;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.loan.LoanQueries;
import cn.ipfin.support.ApiClient;
import cn.ipfin.support.ApiClient.Response;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.LoanFixture;
import cn.ipfin.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rating-downgrade rule on the credit module's {@link EnterpriseRated} event, with the default threshold of
 * two grades, and the routing of its alert to the insurer of the loan and to no other insurer.
 */
class RatingRuleTest extends IntegrationTest {

    @Autowired
    private IpAssetService assets;

    @Autowired
    private RatingMonitor monitor;

    @Autowired
    private LoanQueries loans;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void oneNotchDropRaisesNothing() {
        LoanFixture.Loan loan = disbursedLoan("降一级", null);

        List<Alert> raised = monitor.check(rated(loan, "AA", "A"));

        assertThat(raised).isEmpty();
    }

    @Test
    void twoNotchDropAlertsLender() {
        LoanFixture.Loan loan = disbursedLoan("降两级", null);

        List<Alert> raised = monitor.check(rated(loan, "AA", "BBB"));

        assertThat(raised).hasSize(1);
        assertThat(raised.get(0).getRule()).isEqualTo(RuleCode.RATING_DOWNGRADE);
        assertThat(raised.get(0).getLoanId()).isEqualTo(loan.id());
        assertThat(raised.get(0).getRecipients()).contains(loan.bank().organizationId());
        assertThat(raised.get(0).getMessageArguments()).containsExactly(String.valueOf(loan.id()), "AA", "BBB");
    }

    @Test
    void firstRatingOrUpgradeRaisesNothing() {
        LoanFixture.Loan loan = disbursedLoan("首评", null);

        List<Alert> first = monitor.check(rated(loan, null, "C"));
        List<Alert> upgrade = monitor.check(rated(loan, "BBB", "AAA"));

        assertThat(first).isEmpty();
        assertThat(upgrade).isEmpty();
    }

    @Test
    void ratingPublishesEventForTheMonitor() {
        Member enterprise = verifiedMember("ENTERPRISE", "评级事件测试有限公司" + TestData.uniqueUsername(""));
        Member bank = verifiedMember("BANK", "评级事件测试银行" + TestData.uniqueUsername(""));
        ApiClient owner = api().signedInAs(enterprise.username(), TestData.PASSWORD);
        ApiClient rater = api().signedInAs(bank.username(), TestData.PASSWORD);
        String statements = "/api/v1/enterprises/" + enterprise.organizationId() + "/financial-statements";
        Map<String, Object> previousYear = StatementFixtures.balancedYear();
        previousYear.put("operatingRevenue", "10000000.00");
        owner.put(statements + "/2023", previousYear);
        owner.put(statements + "/2024", StatementFixtures.balancedYear());
        owner.post("/api/v1/credit-file-grants", Map.of("granteeId", bank.organizationId(), "days", 30,
                "purpose", "信用评级"));
        String ratings = "/api/v1/enterprises/" + enterprise.organizationId() + "/ratings";
        Map<String, Object> answers = Map.of("answers", Map.of("MANAGEMENT", "STRONG", "IP_QUALITY", "MEDIUM",
                "POLICY_FIT", "ENCOURAGED", "CREDIT_HISTORY", "CLEAN"));

        Response first = rater.post(ratings, answers);
        Response second = rater.post(ratings, answers);
        List<Map<String, Object>> published = jdbc.queryForList("""
                select listener_id, serialized_event from event_publication where event_type = ?
                  and serialized_event like ?
                union all
                select listener_id, serialized_event from event_publication_archive where event_type = ?
                  and serialized_event like ?
                """, EnterpriseRated.class.getName(), "%\"ratingId\":" + second.body().get("id").asLong() + ",%",
                EnterpriseRated.class.getName(), "%\"ratingId\":" + second.body().get("id").asLong() + ",%");

        assertThat(first.status()).as(first.raw()).isEqualTo(201);
        assertThat(second.status()).as(second.raw()).isEqualTo(201);
        assertThat(published).extracting(row -> row.get("listener_id").toString())
                .anyMatch(listener -> listener.contains(RatingMonitor.class.getName()));
        EnterpriseRated event = json.readValue(published.get(0).get("serialized_event").toString(),
                EnterpriseRated.class);
        assertThat(event.enterpriseId()).isEqualTo(enterprise.organizationId());
        assertThat(event.previousGrade()).isEqualTo(first.body().get("grade").asString());
        assertThat(event.grade()).isEqualTo(second.body().get("grade").asString());
    }

    @Test
    void alertReachesOnlyTheLoansInsurer() {
        Member insurer = verifiedMember("INSURER", "评级预警测试保险公司" + TestData.uniqueUsername(""));
        Member otherInsurer = verifiedMember("INSURER", "无关保险公司" + TestData.uniqueUsername(""));
        LoanFixture.Loan loan = disbursedLoan("保险路由", insurer);

        Alert alert = monitor.check(rated(loan, "A", "B")).get(0);
        ApiClient ownInsurer = api().signedInAs(insurer.username(), TestData.PASSWORD);
        ApiClient stranger = api().signedInAs(otherInsurer.username(), TestData.PASSWORD);
        Response seen = ownInsurer.get("/api/v1/risk/alerts/" + alert.getId());
        Response hidden = stranger.get("/api/v1/risk/alerts/" + alert.getId());
        Response ownList = ownInsurer.get("/api/v1/risk/alerts?size=100");
        Response strangersList = stranger.get("/api/v1/risk/alerts?size=100");
        Response acknowledged = stranger.post("/api/v1/risk/alerts/" + alert.getId() + "/acknowledgement",
                Map.of("version", alert.getVersion()));

        assertThat(loans.find(loan.id()).orElseThrow().insurerOrganizationId()).isEqualTo(insurer.organizationId());
        assertThat(alert.getRecipients()).contains(insurer.organizationId(), loan.bank().organizationId());
        assertThat(alert.getRecipients()).doesNotContain(otherInsurer.organizationId());
        assertThat(seen.status()).as(seen.raw()).isEqualTo(200);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(ownList.body().get("content")).extracting(view -> view.get("id").asLong())
                .contains(alert.getId());
        assertThat(strangersList.status()).isEqualTo(200);
        assertThat(strangersList.body().get("totalElements").asLong()).isZero();
        assertThat(acknowledged.status()).isEqualTo(404);
    }

    private static EnterpriseRated rated(LoanFixture.Loan loan, String previousGrade, String grade) {
        return new EnterpriseRated(-System.nanoTime(), loan.enterprise().organizationId(), 1, grade, previousGrade,
                Instant.now());
    }

    /** A loan disbursed ten days ago, insured by the insurer when one is given. */
    private LoanFixture.Loan disbursedLoan(String label, Member insurer) {
        return new LoanFixture(this, assets).disbursed(label, insurer == null ? "DIRECT_PLEDGE" : "INSURED_PLEDGE",
                insurer, LocalDate.now(ClockConfiguration.ZONE).minusDays(10));
    }
}
