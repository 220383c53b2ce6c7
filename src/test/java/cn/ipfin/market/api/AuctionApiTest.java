package cn.ipfin.market.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import cn.ipfin.ipasset.IpAsset;
import cn.ipfin.market.MarketTestSupport;
import cn.ipfin.notification.NotificationView;
import cn.ipfin.notification.Notifications;
import cn.ipfin.support.ApiClient;
import cn.ipfin.support.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Auctions through the API: concurrent bids, deposits, the end time and its extension, closing, relisting
 * and the masked history. The business clock is the system clock here, so the tests move the stored end time
 * of a lot instead of the clock. The golden cases of the calculator cover the edges of the end time.
 */
class AuctionApiTest extends MarketTestSupport {

    private static final BigDecimal START = new BigDecimal("100000");
    private static final BigDecimal INCREMENT = new BigDecimal("5000");

    @Autowired
    private Notifications notifications;

    @Test
    void samePriceBidsAcceptOnlyOne() throws Exception {
        long auction = liveAuction("并发同价测试", Duration.ofDays(2));
        List<Member> bidders = bidders(8, "并发同价竞买测试投资");
        List<ApiClient> clients = bidders.stream().map(this::client).toList();

        List<Response> responses = all(clients.stream().<Callable<Response>>map(client -> () ->
                client.post("/api/v1/auctions/" + auction + "/bids", Map.of("amount", START))).toList());

        assertThat(responses).filteredOn(response -> response.status() == 201).hasSize(1);
        assertThat(responses).filteredOn(response -> response.status() == 409).hasSize(7)
                .allSatisfy(response -> assertThat(response.body().get("detail").asString()).contains("已被超过"));
        List<String> frozen = clients.stream().map(client -> client.get("/api/v1/auctions/deposit-account").body()
                .get("frozen").asString()).toList();
        assertThat(frozen).filteredOn("20000.00"::equals).hasSize(1);
        assertThat(frozen).filteredOn("0.00"::equals).hasSize(7);
    }

    @Test
    void bidLadderAcceptsOnePerLevel() throws Exception {
        long auction = liveAuction("并发阶梯测试", Duration.ofDays(2));
        List<Member> bidders = bidders(6, "并发阶梯竞买测试投资");
        List<ApiClient> clients = bidders.stream().map(this::client).toList();
        List<BigDecimal> levels = new ArrayList<>();
        for (int level = 0; level < 8; level++) {
            levels.add(START.add(INCREMENT.multiply(BigDecimal.valueOf(level))));
        }

        List<List<Integer>> statuses = all(clients.stream().<Callable<List<Integer>>>map(client -> () -> {
            List<Integer> results = new ArrayList<>();
            for (BigDecimal level : levels) {
                results.add(client.post("/api/v1/auctions/" + auction + "/bids", Map.of("amount", level)).status());
            }
            return results;
        }).toList());

        for (int level = 0; level < levels.size(); level++) {
            int index = level;
            long accepted = statuses.stream().filter(results -> results.get(index) == 201).count();
            assertThat(accepted).as("accepted bids at %s", levels.get(level)).isLessThanOrEqualTo(1);
        }
        long top = statuses.stream().filter(results -> results.get(levels.size() - 1) == 201).count();
        assertThat(top).isEqualTo(1);
        JsonNode history = api().get("/api/v1/auctions/" + auction + "/bids").body();
        List<BigDecimal> amounts = new ArrayList<>();
        history.forEach(line -> amounts.add(new BigDecimal(line.get("amount").asString())));
        assertThat(amounts).doesNotHaveDuplicates().isSortedAccordingTo((a, b) -> b.compareTo(a));
        for (int i = 0; i + 1 < amounts.size(); i++) {
            assertThat(amounts.get(i).subtract(amounts.get(i + 1))).isGreaterThanOrEqualTo(INCREMENT);
        }
        assertThat(amounts.get(0)).isEqualByComparingTo(levels.get(levels.size() - 1));
        for (ApiClient client : clients) {
            JsonNode account = client.get("/api/v1/auctions/deposit-account").body();
            assertThat(new BigDecimal(account.get("frozen").asString())).isLessThanOrEqualTo(new BigDecimal("20000"));
            assertThat(new BigDecimal(account.get("available").asString())).isNotNegative();
        }
    }

    @Test
    void depositCoversOneLiveLot() {
        long first = liveAuction("保证金一号测试", Duration.ofDays(2));
        long second = liveAuction("保证金二号测试", Duration.ofDays(2));
        Member investor = bidders(1, "保证金覆盖测试投资").get(0);
        ApiClient client = client(investor);

        assertThat(client.post("/api/v1/auctions/" + first + "/bids", Map.of("amount", START)).status()).isEqualTo(201);
        Response refused = client.post("/api/v1/auctions/" + second + "/bids", Map.of("amount", START));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("code").asString()).isEqualTo("market.deposit.insufficient");
        assertThat(client.post("/api/v1/auctions/" + first + "/bids", Map.of("amount", new BigDecimal("110000")))
                .status()).as("later bids in the same lot need no second deposit").isEqualTo(201);

        topUp(investor, "20000");
        assertThat(client.post("/api/v1/auctions/" + second + "/bids", Map.of("amount", START)).status())
                .isEqualTo(201);
        assertThat(client.get("/api/v1/auctions/deposit-account").body().get("frozen").asString())
                .isEqualTo("40000.00");
    }

    @Test
    void lateBidExtendsEnd() {
        long auction = liveAuction("延时测试", Duration.ofMinutes(3));
        Member investor = bidders(1, "延时测试投资").get(0);
        Instant originalEnd = Instant.parse(api().get("/api/v1/auctions/" + auction).body().get("endsAt").asString());

        Response placed = client(investor).post("/api/v1/auctions/" + auction + "/bids", Map.of("amount", START));

        assertThat(placed.status()).isEqualTo(201);
        Instant placedAt = Instant.parse(api().get("/api/v1/auctions/" + auction + "/bids").body().get(0)
                .get("placedAt").asString());
        Instant endsAt = Instant.parse(placed.body().get("auction").get("endsAt").asString());
        assertThat(endsAt).isEqualTo(placedAt.plus(Duration.ofMinutes(5)));
        assertThat(endsAt).isAfter(originalEnd);
        assertThat(placed.body().get("auction").get("extended").asBoolean()).isTrue();
    }

    @Test
    void closedLotGoesToWinner() {
        Member seller = verifiedMember("ENTERPRISE", "晋城拍卖成交测试有限公司");
        long auction = liveAuction(seller, "成交测试", Duration.ofDays(1));
        List<Member> bidders = bidders(2, "成交竞买测试投资");
        ApiClient first = client(bidders.get(0));
        ApiClient second = client(bidders.get(1));
        assertThat(first.post("/api/v1/auctions/" + auction + "/bids", Map.of("amount", START)).status()).isEqualTo(201);
        assertThat(second.post("/api/v1/auctions/" + auction + "/bids", Map.of("amount", new BigDecimal("125000")))
                .status()).isEqualTo(201);
        assertThat(texts(bidders.get(0))).anySatisfy(text -> assertThat(text).contains("已被超过").contains("125000.00"));

        endAuctionNow(auction);
        Response late = first.post("/api/v1/auctions/" + auction + "/bids", Map.of("amount", new BigDecimal("200000")));
        Response closed = api().get("/api/v1/auctions/" + auction);

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body().get("code").asString()).isEqualTo("market.bid.ended");
        assertThat(closed.body().get("status").asString()).isEqualTo("SOLD");
        JsonNode loserAccount = first.get("/api/v1/auctions/deposit-account").body();
        assertThat(loserAccount.get("frozen").asString()).isEqualTo("0.00");
        assertThat(loserAccount.get("available").asString()).isEqualTo("20000.00");
        JsonNode winnerAccount = second.get("/api/v1/auctions/deposit-account").body();
        assertThat(winnerAccount.get("frozen").asString()).isEqualTo("0.00");
        assertThat(winnerAccount.get("balance").asString()).isEqualTo("0.00");
        assertThat(winnerAccount.get("available").asString()).isEqualTo("0.00");
        assertThat(holdStatus(bidders.get(0), auction)).isEqualTo("RELEASED");
        assertThat(holdStatus(bidders.get(1), auction)).isEqualTo("APPLIED");
        JsonNode deals = second.get("/api/v1/market/deals").body();
        assertThat(deals.findValuesAsString("price")).contains("125000.00");
        JsonNode deal = deals.findParents("auctionId").stream()
                .filter(node -> node.get("auctionId").asLong() == auction).findFirst().orElseThrow();
        assertThat(deal.get("depositApplied").asString()).isEqualTo("20000.00");
        assertThat(deal.get("balanceDue").asString()).isEqualTo("105000.00");
        assertThat(client(seller).get("/api/v1/market/deals").body().findValuesAsString("price")).contains("125000.00");
        assertThat(first.get("/api/v1/market/deals").body().findValuesAsString("price")).doesNotContain("125000.00");
        assertThat(texts(bidders.get(1))).anySatisfy(text -> assertThat(text).contains("竞得"));
        assertThat(texts(bidders.get(0))).anySatisfy(text -> assertThat(text).contains("未竞得"));
    }

    @Test
    void lotBelowReserveIsUnsold() {
        Member seller = verifiedMember("ENTERPRISE", "朔州流拍测试有限公司");
        Member stranger = verifiedMember("ENTERPRISE", "朔州无关测试有限公司");
        long auction = liveAuction(seller, "流拍测试", Duration.ofDays(1));
        Member investor = bidders(1, "流拍竞买测试投资").get(0);
        assertThat(client(investor).post("/api/v1/auctions/" + auction + "/bids", Map.of("amount", START)).status())
                .isEqualTo(201);

        endAuctionNow(auction);
        JsonNode closed = api().get("/api/v1/auctions/" + auction).body();

        assertThat(closed.get("status").asString()).isEqualTo("UNSOLD");
        assertThat(client(investor).get("/api/v1/auctions/deposit-account").body().get("frozen").asString())
                .isEqualTo("0.00");
        assertThat(texts(seller)).anySatisfy(text -> assertThat(text).contains("流拍"));
        Map<String, Object> relist = new HashMap<>(Map.of("version", closed.get("version").asLong(),
                "startPrice", new BigDecimal("90000"), "increment", INCREMENT, "deposit", new BigDecimal("20000"),
                "startsAt", Instant.now().minusSeconds(60).toString(),
                "endsAt", Instant.now().plus(Duration.ofDays(3)).toString()));
        assertThat(client(stranger).post("/api/v1/auctions/" + auction + "/relisting", relist).status())
                .isEqualTo(404);
        Response relisted = client(seller).post("/api/v1/auctions/" + auction + "/relisting", relist);
        assertThat(relisted.status()).isEqualTo(201);
        assertThat(relisted.body().get("status").asString()).isEqualTo("OPEN");
        assertThat(relisted.body().get("startPrice").asString()).isEqualTo("90000.00");
        assertThat(client(seller).post("/api/v1/auctions/" + auction + "/relisting", relist).status())
                .isEqualTo(409);
    }

    @Test
    void historyShowsBidderNumbersAndMaskedNames() {
        long auction = liveAuction("脱敏测试", Duration.ofDays(1));
        Member investor = verifiedMember("INVESTOR", "太原脱敏测试创业投资有限公司");
        topUp(investor, "20000");
        client(investor).post("/api/v1/auctions/" + auction + "/bids", Map.of("amount", START));

        JsonNode line = api().get("/api/v1/auctions/" + auction + "/bids").body().get(0);

        assertThat(line.get("bidderNumber").asInt()).isEqualTo(1);
        assertThat(line.get("bidder").asString()).isEqualTo("太原***公司");
        assertThat(api().get("/api/v1/auctions/" + auction + "/bids").raw()).doesNotContain("脱敏测试创业");
    }

    @Test
    void bankAndSellerMayNotBid() {
        Member seller = verifiedMember("ENTERPRISE", "吕梁自拍测试有限公司");
        long auction = liveAuction(seller, "越权出价测试", Duration.ofDays(1));
        Member bank = verifiedMember("BANK", "吕梁出价越权测试银行");

        Response byBank = client(bank).post("/api/v1/auctions/" + auction + "/bids", Map.of("amount", START));
        Response bySeller = client(seller).post("/api/v1/auctions/" + auction + "/bids", Map.of("amount", START));
        Response anonymous = api().post("/api/v1/auctions/" + auction + "/bids", Map.of("amount", START));
        Response noAmount = client(bidders(1, "吕梁缺额测试投资").get(0)).post("/api/v1/auctions/" + auction + "/bids",
                Map.of());

        assertThat(byBank.status()).isEqualTo(403);
        assertThat(bySeller.status()).isEqualTo(422);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(noAmount.status()).isEqualTo(400);
        assertThat(noAmount.raw()).contains("amount");
    }

    @Test
    void upcomingLotRefusesBidsUntilStart() {
        Member seller = verifiedMember("ENTERPRISE", "太原未开始拍卖测试有限公司");
        long auction = auction(seller, "未开始拍卖测试", Instant.now().plus(Duration.ofHours(2)),
                Instant.now().plus(Duration.ofDays(1)));
        Member investor = bidders(1, "未开始出价测试投资").get(0);

        JsonNode lot = api().get("/api/v1/auctions/" + auction).body();
        Response early = client(investor).post("/api/v1/auctions/" + auction + "/bids", Map.of("amount", START));

        assertThat(lot.get("status").asString()).isEqualTo("OPEN");
        assertThat(lot.get("phase").asString()).isEqualTo("UPCOMING");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body().get("code").asString()).isEqualTo("market.bid.notStarted");
        assertThat(early.body().get("detail").asString()).contains("竞价将于");
        assertThat(client(investor).get("/api/v1/auctions/deposit-account").body().get("frozen").asString())
                .isEqualTo("0.00");
        assertThat(api().get("/api/v1/auctions/" + auction + "/bids").body()).isEmpty();
    }

    @Test
    void lapsedAssetSuspendsBidding() throws Exception {
        Member seller = verifiedMember("ENTERPRISE", "太原失效拍品测试有限公司");
        IpAsset patent = grantedPatentOf(seller, "一种失效拍品测试装置");
        Instant now = Instant.now();
        Response created = client(seller).post("/api/v1/market/listings",
                auctionListing(patent, now.minusSeconds(60), now.plus(Duration.ofDays(1))));
        long auction = created.body().get("auctionId").asLong();
        approve(created.body().get("id").asLong());
        Member bidder = bidders(1, "失效拍品竞买测试投资").get(0);
        ApiClient operator = api().signedInAs(createOperator(), cn.ipfin.support.TestData.PASSWORD);

        Response imported = operator.upload("/api/v1/operator/legal-status-imports", "lapse.csv",
                ("申请号,事件日期,事件\n" + patent.getNumber() + ",2026-11-20,未缴年费专利权终止\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Response bid = client(bidder).post("/api/v1/auctions/" + auction + "/bids", Map.of("amount", START));
        String page = cn.ipfin.support.PageClient.anonymous(port).get("/auctions/" + auction).body();

        assertThat(imported.body().get("applied").asInt()).isEqualTo(1);
        assertThat(bid.status()).isEqualTo(409);
        assertThat(bid.body().get("code").asString()).isEqualTo("market.bid.assetNotValid");
        assertThat(bid.body().get("detail").asString()).contains("暂停出价");
        assertThat(page).contains("data-testid=\"asset-not-valid\"");
    }

    @Test
    void liveLotHasLivePhase() {
        long auction = liveAuction("竞价阶段测试", Duration.ofDays(1));

        assertThat(api().get("/api/v1/auctions/" + auction).body().get("phase").asString()).isEqualTo("LIVE");
    }

    @Test
    void bidAtCurrentPriceIsTooLow() {
        long auction = liveAuction("等于当前价测试", Duration.ofDays(1));
        List<Member> bidders = bidders(2, "等于当前价竞买测试投资");
        assertThat(client(bidders.get(0)).post("/api/v1/auctions/" + auction + "/bids", Map.of("amount", START))
                .status()).isEqualTo(201);
        long seen = api().get("/api/v1/auctions/" + auction).body().get("version").asLong();

        Response equal = client(bidders.get(1)).post("/api/v1/auctions/" + auction + "/bids",
                Map.of("amount", START, "version", seen));
        Response below = client(bidders.get(1)).post("/api/v1/auctions/" + auction + "/bids",
                Map.of("amount", new BigDecimal("90000")));

        assertThat(equal.status()).isEqualTo(422);
        assertThat(equal.body().get("code").asString()).isEqualTo("market.bid.belowIncrement");
        assertThat(equal.body().get("detail").asString())
                .isEqualTo("出价须不低于 105,000.00 元（当前价 100,000.00 元加加价幅度 5,000.00 元）。")
                .doesNotContain("已被超过").doesNotContain("outbid");
        assertThat(below.status()).isEqualTo(422);
        assertThat(below.body().get("code").asString()).isEqualTo("market.bid.belowIncrement");
    }

    @Test
    void bidOnStaleViewIsOutbid() {
        long auction = liveAuction("过期视图出价测试", Duration.ofDays(1));
        List<Member> bidders = bidders(2, "过期视图竞买测试投资");
        long seen = api().get("/api/v1/auctions/" + auction).body().get("version").asLong();
        assertThat(client(bidders.get(0)).post("/api/v1/auctions/" + auction + "/bids", Map.of("amount", START))
                .status()).isEqualTo(201);

        Response late = client(bidders.get(1)).post("/api/v1/auctions/" + auction + "/bids",
                Map.of("amount", START, "version", seen));

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body().get("code").asString()).isEqualTo("market.bid.outbid");
        assertThat(late.body().get("detail").asString())
                .isEqualTo("您的出价已被超过：其他竞买人已先出价至 100,000.00 元，现在最低可出 105,000.00 元。");
    }

    @Test
    void englishBidMessagesHaveGroupedAmounts() {
        long auction = liveAuction("英文出价提示测试", Duration.ofDays(1));
        List<Member> bidders = bidders(2, "英文出价提示竞买测试投资");
        client(bidders.get(0)).post("/api/v1/auctions/" + auction + "/bids", Map.of("amount", START));
        long seen = api().get("/api/v1/auctions/" + auction).body().get("version").asLong();

        Response equal = client(bidders.get(1)).inLanguage("en").post("/api/v1/auctions/" + auction + "/bids",
                Map.of("amount", START, "version", seen));

        assertThat(equal.body().get("detail").asString()).isEqualTo(
                "The bid must be at least 105,000.00 yuan (the current price of 100,000.00 yuan plus the increment"
                        + " of 5,000.00 yuan).");
    }

    private long liveAuction(String title, Duration length) {
        return liveAuction(verifiedMember("ENTERPRISE", "太原" + title + "有限公司"), title, length);
    }

    /** Lists a new patent of the seller for auction from a minute ago until {@code length} from now. */
    private long liveAuction(Member seller, String title, Duration length) {
        Instant now = Instant.now();
        return auction(seller, title, now.minusSeconds(60), now.plus(length));
    }

    /** Lists a new patent of the seller for auction between the two times and approves the listing. */
    private long auction(Member seller, String title, Instant startsAt, Instant endsAt) {
        IpAsset patent = grantedPatentOf(seller, "一种" + title + "装置");
        Response created = client(seller).post("/api/v1/market/listings",
                auctionListing(patent, startsAt, endsAt));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        Response approved = approve(created.body().get("id").asLong());
        assertThat(approved.status()).as(approved.raw()).isEqualTo(200);
        return created.body().get("auctionId").asLong();
    }

    private List<Member> bidders(int count, String name) {
        List<Member> bidders = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Member investor = verifiedMember("INVESTOR", name + i + "有限公司");
            topUp(investor, "20000");
            bidders.add(investor);
        }
        return bidders;
    }

    private String holdStatus(Member member, long auctionId) {
        return jdbc.queryForObject("select status from market_deposit_hold where org_id = ? and auction_id = ?",
                String.class, member.organizationId(), auctionId);
    }

    private List<String> texts(Member member) {
        return notifications.recent(member.username(), 50).stream().map(NotificationView::text).toList();
    }

    /** Runs the tasks at once after a common start signal and returns their results in order. */
    private static <T> List<T> all(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(5, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
