package cn.ipfin.market.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import cn.ipfin.core.money.Money;
import cn.ipfin.ipasset.IpAsset;
import cn.ipfin.ipasset.IpKind;
import cn.ipfin.market.DealClosed;
import cn.ipfin.market.DealService;
import cn.ipfin.market.ListingType;
import cn.ipfin.market.MarketTestSupport;
import cn.ipfin.notification.NotificationView;
import cn.ipfin.notification.Notifications;
import cn.ipfin.support.ApiClient;
import cn.ipfin.support.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Buy requests and matching, negotiations with counter-offers, and deals through contract and registration. */
@RecordApplicationEvents
class TradeApiTest extends MarketTestSupport {

    @Autowired
    private Notifications notifications;

    @Autowired
    private DealService deals;

    @Autowired
    private ApplicationEvents events;

    @Test
    void negotiationWithCounterOffersEndsInRegisteredDeal() {
        Member seller = verifiedMember("ENTERPRISE", "太原洽谈卖方测试科技有限公司");
        Member buyer = verifiedMember("INVESTOR", "太原洽谈买方测试投资有限公司");
        Member stranger = verifiedMember("ENTERPRISE", "太原洽谈无关测试有限公司");
        long listing = publishedListing(seller, "NEGOTIABLE");
        ApiClient buyerClient = client(buyer);
        ApiClient sellerClient = client(seller);

        Response opened = buyerClient.post("/api/v1/market/listings/" + listing + "/negotiations",
                Map.of("text", "请问是否包含技术秘密？"));
        assertThat(opened.status()).isEqualTo(201);
        long id = opened.body().get("id").asLong();
        assertThat(texts(seller)).anySatisfy(text -> assertThat(text).contains("新的咨询"));

        Response offer = step(buyerClient, id, "offers", opened, Map.of("price", new BigDecimal("200000")));
        Response counter = step(sellerClient, id, "offers", offer, Map.of("price", new BigDecimal("280000")));
        Response counterAgain = step(buyerClient, id, "offers", counter, Map.of("price", new BigDecimal("250000")));
        assertThat(counterAgain.body().get("pendingSide").asString()).isEqualTo("BUYER");
        assertThat(texts(seller)).anySatisfy(text -> assertThat(text).contains("250000.00"));

        assertThat(stepStatus(buyerClient, id, "acceptance", counterAgain)).as("own offer").isEqualTo(409);
        assertThat(stepStatus(sellerClient, id, "acceptance", counter)).as("stale version").isEqualTo(409);
        assertThat(client(stranger).get("/api/v1/market/negotiations/" + id).status()).isEqualTo(404);
        assertThat(stepStatus(client(stranger), id, "acceptance", counterAgain)).isEqualTo(404);

        Response deal = step(sellerClient, id, "acceptance", counterAgain, Map.of());
        assertThat(deal.body().get("price").asString()).isEqualTo("250000.00");
        assertThat(deal.body().get("state").asString()).isEqualTo("AGREED");
        long dealId = deal.body().get("id").asLong();
        assertThat(client(stranger).get("/api/v1/market/deals/" + dealId).status()).isEqualTo(404);
        assertThat(api().get("/api/v1/market/listings/" + listing).body().get("status").asString()).isEqualTo("SOLD");

        Response early = dealStep(buyerClient, dealId, "transfer-registration", deal,
                Map.of("registrationNumber", "ZL-TEST", "registeredOn", "2026-12-20"));
        assertThat(early.status()).isEqualTo(409);
        Response contracted = dealStep(sellerClient, dealId, "contract", deal, Map.of("contractNumber", "JY-2026-001",
                "contractDate", "2026-12-05", "contractPrice", new BigDecimal("250000")));
        assertThat(contracted.body().get("state").asString()).isEqualTo("CONTRACTED");
        Response submitted = dealStep(buyerClient, dealId, "transfer-submission", contracted,
                Map.of("submittedOn", "2026-12-08"));
        Response registered = dealStep(buyerClient, dealId, "transfer-registration", submitted,
                Map.of("registrationNumber", "ZLZY2026120001", "registeredOn", "2026-12-28"));
        assertThat(registered.status()).isEqualTo(200);
        assertThat(registered.body().get("state").asString()).isEqualTo("REGISTERED");
        assertThat(registered.body().get("registrationNumber").asString()).isEqualTo("ZLZY2026120001");
    }

    @Test
    void contractPublishesDealClosed() {
        Member seller = verifiedMember("ENTERPRISE", "大同可比交易测试科技有限公司");
        Member buyer = verifiedMember("ENTERPRISE", "大同可比交易买方测试有限公司");
        long listing = publishedListing(seller, "FIXED");
        ApiClient buyerClient = client(buyer);
        Response opened = buyerClient.post("/api/v1/market/listings/" + listing + "/negotiations",
                Map.of("text", "按挂牌价购买"));
        Response offer = step(buyerClient, opened.body().get("id").asLong(), "offers", opened,
                Map.of("price", new BigDecimal("300000")));
        Response deal = step(client(seller), opened.body().get("id").asLong(), "acceptance", offer, Map.of());
        long dealId = deal.body().get("id").asLong();

        deals.recordContract(dealId, deal.body().get("version").asLong(), "JY-2026-002", LocalDate.of(2026, 12, 6),
                Money.of("300000.00"), accounts.loadUserByUsername(seller.username()));

        assertThat(events.stream(DealClosed.class).filter(event -> event.dealId().equals(dealId))).singleElement()
                .satisfies(event -> {
                    assertThat(event.price()).isEqualTo(Money.of("300000.00"));
                    assertThat(event.ipKind()).isEqualTo(IpKind.INVENTION);
                    assertThat(event.ipcSection()).isEqualTo("G");
                    assertThat(event.industryCode()).isEqualTo("I");
                    assertThat(event.contractDate()).isEqualTo(LocalDate.of(2026, 12, 6));
                    assertThat(event.listingType()).isEqualTo(ListingType.TRANSFER);
                });
    }

    @Test
    void buyRequestMatchesPublishedListing() {
        Member seller = verifiedMember("ENTERPRISE", "忻州求购匹配卖方测试有限公司");
        Member buyer = verifiedMember("INVESTOR", "忻州求购匹配买方测试投资有限公司");
        Member other = verifiedMember("INVESTOR", "忻州求购无关测试投资有限公司");
        long listing = publishedListing(seller, "FIXED");
        ApiClient buyerClient = client(buyer);

        Response created = buyerClient.post("/api/v1/market/buy-requests", Map.of("ipKind", "INVENTION",
                "industryCode", "I", "keywords", "瓦斯 传感", "budgetMin", new BigDecimal("100000"),
                "budgetMax", new BigDecimal("500000")));
        assertThat(created.status()).isEqualTo(201);
        long id = created.body().get("id").asLong();

        Response matches = buyerClient.get("/api/v1/market/buy-requests/" + id + "/matches");
        assertThat(matches.status()).isEqualTo(200);
        assertThat(matches.body().findValues("listingId").stream().map(node -> node.asLong()))
                .contains(listing);
        assertThat(matches.raw()).contains("关键词命中 2/2");
        assertThat(client(other).get("/api/v1/market/buy-requests/" + id + "/matches").status()).isEqualTo(404);
        assertThat(api().get("/api/v1/market/buy-requests/mine").status()).isEqualTo(401);
    }

    @Test
    void buyRequestFieldErrorsAreListed() {
        Member buyer = verifiedMember("INVESTOR", "晋中求购校验测试投资有限公司");
        Member bank = verifiedMember("BANK", "晋中求购越权测试银行");

        Response invalid = client(buyer).post("/api/v1/market/buy-requests", Map.of("keywords", "",
                "budgetMin", new BigDecimal("500"), "budgetMax", new BigDecimal("100")));
        Response byBank = client(bank).post("/api/v1/market/buy-requests", Map.of("keywords", "瓦斯"));

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.raw()).contains("keywords").contains("budgetMax").contains("最低预算不能高于最高预算");
        assertThat(byBank.status()).isEqualTo(403);
    }

    @Test
    void auctionListingTakesNoInquiry() {
        Member seller = verifiedMember("ENTERPRISE", "临汾拍卖咨询测试有限公司");
        Member buyer = verifiedMember("ENTERPRISE", "临汾拍卖咨询买方测试有限公司");
        IpAsset patent = grantedPatentOf(seller, "一种拍卖咨询测试装置");
        long id = client(seller).post("/api/v1/market/listings", auctionListing(patent,
                java.time.Instant.now().minusSeconds(60), java.time.Instant.now().plusSeconds(86400))).body()
                .get("id").asLong();
        approve(id);

        Response inquiry = client(buyer).post("/api/v1/market/listings/" + id + "/negotiations",
                Map.of("text", "可以议价吗？"));

        assertThat(inquiry.status()).isEqualTo(409);
    }

    private long publishedListing(Member seller, String mode) {
        IpAsset patent = grantedPatentOf(seller, "一种瓦斯浓度检测传感器");
        Map<String, Object> body = new HashMap<>(fixedListing(patent, "TRANSFER", "300000"));
        body.put("priceMode", mode);
        if (!"FIXED".equals(mode)) {
            body.remove("askingPrice");
        }
        Response created = client(seller).post("/api/v1/market/listings", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        assertThat(approve(id).status()).isEqualTo(200);
        return id;
    }

    private static Response step(ApiClient client, long id, String step, Response read, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("version", read.body().get("version").asLong());
        Response response = client.post("/api/v1/market/negotiations/" + id + "/" + step, body);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response;
    }

    private static int stepStatus(ApiClient client, long id, String step, Response read) {
        return client.post("/api/v1/market/negotiations/" + id + "/" + step,
                Map.of("version", read.body().get("version").asLong())).status();
    }

    private static Response dealStep(ApiClient client, long id, String step, Response read, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("version", read.body().get("version").asLong());
        return client.post("/api/v1/market/deals/" + id + "/" + step, body);
    }

    private java.util.List<String> texts(Member member) {
        return notifications.recent(member.username(), 50).stream().map(NotificationView::text).toList();
    }
}
