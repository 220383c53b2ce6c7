package cn.ipfin.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import cn.ipfin.core.money.Money;
import cn.ipfin.identity.UserAccountService;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.ipasset.IpKind;
import cn.ipfin.market.DealClosed;
import cn.ipfin.market.ListingType;
import cn.ipfin.support.ApiClient;
import cn.ipfin.support.ApiClient.Response;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.PageClient;
import cn.ipfin.support.TestData;
import cn.ipfin.valuation.api.AssignmentFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

class PlatformComparableTest extends IntegrationTest {

    private static final String BASE = "/api/v1/valuation-assignments";
    private static final AtomicLong DEAL_IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L + 9_000_000_000L);

    @Autowired
    private IpAssetService assets;

    @Autowired
    private UserAccountService accounts;

    @Autowired
    private PlatformComparableService comparables;

    @Autowired
    private ApplicationEventPublisher events;

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private JdbcTemplate jdbc;

    private Member enterprise;
    private Member evaluator;
    private Long assetId;

    @BeforeEach
    void parties() {
        String suffix = TestData.uniqueUsername("");
        enterprise = verifiedMember("ENTERPRISE", "可比案例测试科技有限公司" + suffix);
        evaluator = verifiedMember("EVALUATOR", "可比案例测试资产评估有限公司" + suffix);
        AssignmentFixtures.secondEvaluator(accounts, evaluator.organizationId());
        assetId = AssignmentFixtures.inventionOf(assets, enterprise.organizationName()).getId();
    }

    @Test
    void closedDealBecomesComparable() throws Exception {
        long dealId = DEAL_IDS.incrementAndGet();
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        transactions.executeWithoutResult(status -> events.publishEvent(deal(dealId, IpKind.INVENTION, "E",
                "480000.00", tomorrow)));

        awaitRecorded(dealId);
        List<JsonNode> offered = offered(accepted());

        JsonNode first = offered.stream().filter(node -> node.get("dealId").asLong() == dealId).findFirst()
                .orElseThrow();
        assertThat(first.get("price").asString()).isEqualTo("480000.00");
        assertThat(first.get("matchesIpcSection").asBoolean()).isTrue();
        assertThat(first.get("suggestedLine").asString()).endsWith(", 480000.00, 1, 1, 1, 1")
                .contains("平台成交第" + dealId + "号");
    }

    @Test
    void redeliveredEventAddsNoRow() {
        long dealId = DEAL_IDS.incrementAndGet();
        DealClosed closed = deal(dealId, IpKind.INVENTION, "E", "120000.00", LocalDate.now());

        comparables.record(closed);
        comparables.record(closed);

        assertThat(jdbc.queryForObject("select count(*) from valuation_platform_deal where deal_id = ?",
                Integer.class, dealId)).isEqualTo(1);
    }

    @Test
    void offersSameKindRecentDealsSectionFirst() {
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        long otherSection = DEAL_IDS.incrementAndGet();
        long sameSection = DEAL_IDS.incrementAndGet();
        long otherKind = DEAL_IDS.incrementAndGet();
        long tooOld = DEAL_IDS.incrementAndGet();
        comparables.record(deal(otherSection, IpKind.INVENTION, "A", "90000.00", tomorrow.plusDays(1)));
        comparables.record(deal(sameSection, IpKind.INVENTION, "E", "210000.00", tomorrow));
        comparables.record(deal(otherKind, IpKind.UTILITY_MODEL, "E", "50000.00", tomorrow));
        comparables.record(deal(tooOld, IpKind.INVENTION, "E", "70000.00", LocalDate.now().minusYears(6)));

        List<Long> ids = offered(accepted()).stream().map(node -> node.get("dealId").asLong()).toList();

        assertThat(ids).contains(sameSection, otherSection).doesNotContain(otherKind, tooOld);
        assertThat(ids.indexOf(sameSection)).isLessThan(ids.indexOf(otherSection));
    }

    @Test
    void onlyAssignmentEvaluatorSeesDeals() {
        long accepted = accepted();
        Member otherEvaluator = verifiedMember("EVALUATOR", "无关评估有限公司" + TestData.uniqueUsername(""));

        Response requester = as(enterprise.username()).get(BASE + "/" + accepted + "/platform-comparables");
        Response stranger = as(otherEvaluator.username()).get(BASE + "/" + accepted + "/platform-comparables");
        Response anonymous = api().get(BASE + "/" + accepted + "/platform-comparables");

        assertThat(requester.status()).isEqualTo(403);
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void draftPageListsDealsToAdd() throws Exception {
        long dealId = DEAL_IDS.incrementAndGet();
        comparables.record(deal(dealId, IpKind.INVENTION, "E", "365000.00", LocalDate.now().plusDays(1)));
        long accepted = accepted();

        String page = PageClient.signedIn(port, evaluator.username()).get("/valuation-assignments/" + accepted)
                .body();

        assertThat(page).contains("平台成交案例", "365,000.00", "加入可比案例", "平台成交第" + dealId + "号");
    }

    private void awaitRecorded(long dealId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            Integer rows = jdbc.queryForObject("select count(*) from valuation_platform_deal where deal_id = ?",
                    Integer.class, dealId);
            if (rows != null && rows > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Deal " + dealId + " was not recorded within 20 s");
    }

    private List<JsonNode> offered(long assignment) {
        Response response = as(evaluator.username()).get(BASE + "/" + assignment + "/platform-comparables");
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        List<JsonNode> nodes = new java.util.ArrayList<>();
        response.body().forEach(nodes::add);
        return nodes;
    }

    private long accepted() {
        ApiClient requester = as(enterprise.username());
        JsonNode requested = requester.post(BASE, Map.of("evaluatorOrganizationId", evaluator.organizationId(),
                "assetIds", List.of(assetId), "purpose", "知识产权质押融资")).body();
        JsonNode quoted = as(evaluator.username()).post(BASE + "/" + requested.get("id").asLong() + "/quote",
                Map.of("version", requested.get("version").asLong(), "fee", "20000.00", "note", "5 个工作日"))
                .body();
        JsonNode accepted = requester.post(BASE + "/" + quoted.get("id").asLong() + "/accept",
                Map.of("version", quoted.get("version").asLong())).body();
        return accepted.get("id").asLong();
    }

    private ApiClient as(String username) {
        return api().signedInAs(username, TestData.PASSWORD);
    }

    private DealClosed deal(long dealId, IpKind kind, String ipcSection, String price, LocalDate contractDate) {
        return new DealClosed(dealId, dealId, assetId + 1_000_000, kind, ipcSection, "C", Money.of(price),
                contractDate, ListingType.TRANSFER);
    }
}
