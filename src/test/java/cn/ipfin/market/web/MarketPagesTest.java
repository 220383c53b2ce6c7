package cn.ipfin.market.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.ipfin.ipasset.IpAsset;
import cn.ipfin.market.MarketTestSupport;
import cn.ipfin.support.ApiClient.Response;
import cn.ipfin.support.PageClient;
import org.junit.jupiter.api.Test;

/** The public market pages render for visitors; the signed-in pages send visitors to sign in. */
class MarketPagesTest extends MarketTestSupport {

    @Test
    void visitorSeesPublishedListingAndAuctions() {
        Member seller = verifiedMember("ENTERPRISE", "长治公开页面测试有限公司");
        IpAsset patent = grantedPatentOf(seller, "一种公开页面测试传感器");
        long id = client(seller).post("/api/v1/market/listings", fixedListing(patent, "NON_EXCLUSIVE_LICENCE",
                "60000")).body().get("id").asLong();
        approve(id);

        Response search = api().get("/market?kind=INVENTION&type=NON_EXCLUSIVE_LICENCE&q=" + patent.getNumber());
        Response detail = api().get("/market/listings/" + id);
        Response auctions = api().get("/auctions");

        assertThat(search.status()).isEqualTo(200);
        assertThat(search.raw()).contains("一种公开页面测试传感器").contains("普通许可");
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.raw()).contains("60000.00 元").contains("登录后可咨询和报价");
        assertThat(auctions.status()).isEqualTo(200);
    }

    @Test
    void signedInPagesRedirectVisitors() {
        for (String path : new String[] {"/market/my", "/market/listings/new", "/market/buy-requests/new",
                "/market/negotiations/1", "/market/deals/1", "/operator/market"}) {
            Response response = api().get(path);
            assertThat(response.status()).as(path).isEqualTo(302);
        }
    }

    @Test
    void unpublishedListingIsNotFoundForVisitors() {
        Member seller = verifiedMember("ENTERPRISE", "长治未公开页面测试有限公司");
        IpAsset patent = grantedPatentOf(seller, "一种未公开测试装置");
        long id = client(seller).post("/api/v1/market/listings", fixedListing(patent, "TRANSFER", "1000")).body()
                .get("id").asLong();

        assertThat(api().get("/market/listings/" + id).status()).isEqualTo(404);
        assertThat(client(seller).get("/api/v1/market/listings/" + id).status()).isEqualTo(200);
        assertThat(api().get("/market/listings/abc").status()).isLessThan(500);
        assertThat(api().get("/market?kind=NOPE&page=-3").status()).isEqualTo(200);
    }

    @Test
    void upcomingLotShownAsStartingSoon() {
        Member seller = verifiedMember("ENTERPRISE", "长治即将开始页面测试有限公司");
        Instant startsAt = Instant.now().plus(Duration.ofDays(3));
        long auction = approvedAuction(seller, "一种即将开始页面测试装置", startsAt);
        Member investor = verifiedMember("INVESTOR", "长治即将开始页面测试投资有限公司");

        String hall = api().get("/auctions").raw();
        String lot = client(investor).get("/auctions/" + auction).raw();
        long listing = api().get("/api/v1/auctions/" + auction).body().get("listingId").asLong();
        String listingPage = api().get("/market/listings/" + listing).raw();

        String upcoming = hall.substring(hall.indexOf("data-testid=\"upcoming-auctions\""));
        String live = hall.substring(0, hall.indexOf("data-testid=\"upcoming-auctions\""));
        assertThat(upcoming).contains("一种即将开始页面测试装置").contains("100,000.00");
        assertThat(live).doesNotContain("一种即将开始页面测试装置");
        assertThat(lot).contains("即将开始").doesNotContain(">竞价中<").contains("data-testid=\"countdown-start\"")
                .contains("data-countdown-end=\"" + startsAt.toEpochMilli() + "\"")
                .contains("竞价尚未开始，将于").doesNotContain("name=\"amount\"");
        assertThat(listingPage).contains("data-testid=\"listing-auction-status\">即将开始<").contains("100,000.00");
    }

    @Test
    void auctionPagesGroupThousands() throws Exception {
        Member seller = verifiedMember("ENTERPRISE", "长治金额格式测试有限公司");
        long auction = approvedAuction(seller, "一种金额格式测试装置", Instant.now().minusSeconds(60));
        Member investor = verifiedMember("INVESTOR", "长治金额格式测试投资有限公司");
        topUp(investor, "250000");
        assertThat(client(investor).post("/api/v1/auctions/" + auction + "/bids",
                Map.of("amount", new BigDecimal("1250000"))).status()).isEqualTo(201);
        PageClient pages = PageClient.signedIn(port, investor.username());

        String lot = pages.get("/auctions/" + auction).body();
        String hall = api().get("/auctions").raw();
        String mine = pages.get("/market/my").body();

        assertThat(lot).contains("1,250,000.00").contains("100,000.00").contains("5,000.00").contains("20,000.00")
                .contains("1,255,000.00").doesNotContain("1250000.00");
        assertThat(lot).contains("保证金可用 230,000.00 元，已冻结 20,000.00 元");
        assertThat(hall).contains("1,250,000.00");
        assertThat(mine).contains("余额 250,000.00 元，冻结 20,000.00 元，可用 230,000.00 元");
    }

    @Test
    void bidFormAtCurrentPriceSaysTooLow() throws Exception {
        Member seller = verifiedMember("ENTERPRISE", "长治页面出价提示测试有限公司");
        long auction = approvedAuction(seller, "一种页面出价提示测试装置", Instant.now().minusSeconds(60));
        Member first = verifiedMember("INVESTOR", "长治页面出价提示测试投资一有限公司");
        Member second = verifiedMember("INVESTOR", "长治页面出价提示测试投资二有限公司");
        topUp(first, "20000");
        topUp(second, "20000");
        client(first).post("/api/v1/auctions/" + auction + "/bids", Map.of("amount", new BigDecimal("100000")));
        PageClient pages = PageClient.signedIn(port, second.username());
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"")
                .matcher(pages.get("/auctions/" + auction).body());
        assertThat(version.find()).isTrue();

        HttpResponse<String> posted = pages.postForm("/auctions/" + auction + "/bids",
                "amount=100000&version=" + version.group(1));
        String page = pages.get("/auctions/" + auction).body();

        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(page).contains("出价须不低于 105,000.00 元（当前价 100,000.00 元加加价幅度 5,000.00 元）")
                .doesNotContain("已被超过").doesNotContain("outbid");
    }

    @Test
    void reviewNoteOnlyForListerAndStaff() throws Exception {
        Member seller = verifiedMember("ENTERPRISE", "长治审核意见测试有限公司");
        IpAsset patent = grantedPatentOf(seller, "一种意见可见范围测试装置");
        long id = client(seller).post("/api/v1/market/listings", fixedListing(patent, "TRANSFER", "80000")).body()
                .get("id").asLong();
        approve(id);
        Member other = verifiedMember("ENTERPRISE", "长治审核意见旁观测试有限公司");

        String publicPage = api().get("/market/listings/" + id).raw();
        String otherPage = PageClient.signedIn(port, other.username()).get("/market/listings/" + id).body();
        String listerPage = PageClient.signedIn(port, seller.username()).get("/market/listings/" + id).body();
        String staffPage = PageClient.signedIn(port, createOperator()).get("/market/listings/" + id).body();

        assertThat(publicPage).doesNotContain("材料齐全").doesNotContain("data-testid=\"review-note\"");
        assertThat(otherPage).doesNotContain("材料齐全");
        assertThat(listerPage).contains("材料齐全").contains(">审核意见<");
        assertThat(staffPage).contains("材料齐全");
    }

    @Test
    void operatorReviewFormSaysWhoSeesNote() throws Exception {
        Member seller = verifiedMember("ENTERPRISE", "长治审核表单测试有限公司");
        IpAsset patent = grantedPatentOf(seller, "一种审核表单测试装置");
        client(seller).post("/api/v1/market/listings", fixedListing(patent, "TRANSFER", "80000"));

        String desk = PageClient.signedIn(port, createOperator()).get("/operator/market").body();

        assertThat(desk).contains("审核意见仅挂牌方和平台工作人员可见");
    }

    @Test
    void listingFormOffersOnlyListableAssets() throws Exception {
        Member seller = verifiedMember("ENTERPRISE", "长治挂牌下拉测试有限公司");
        IpAsset granted = grantedPatentOf(seller, "一种可挂牌下拉测试装置");
        IpAsset pending = patentOf(seller, "一种审中下拉测试装置", "实质审查");
        IpAsset lapsed = patentOf(seller, "一种失效下拉测试装置", "未缴年费专利权终止");
        IpAsset listed = grantedPatentOf(seller, "一种已挂牌下拉测试装置");
        assertThat(client(seller).post("/api/v1/market/listings", fixedListing(listed, "TRANSFER", "1000")).status())
                .isEqualTo(201);

        String form = PageClient.signedIn(port, seller.username()).get("/market/listings/new").body();

        assertThat(option(form, granted)).doesNotContain("disabled").contains("一种可挂牌下拉测试装置");
        assertThat(option(form, pending)).contains("disabled").contains("（审中，不可挂牌）");
        assertThat(option(form, lapsed)).contains("disabled").contains("（失效，不可挂牌）");
        assertThat(option(form, listed)).contains("disabled").contains("（已挂牌，不可重复挂牌）");
        assertThat(form.indexOf(granted.getNumber())).isLessThan(form.indexOf(pending.getNumber()));
    }

    /** Lists a new patent of the seller for auction from {@code startsAt} for four days and approves it. */
    private long approvedAuction(Member seller, String title, Instant startsAt) {
        IpAsset patent = grantedPatentOf(seller, title);
        Response created = client(seller).post("/api/v1/market/listings",
                auctionListing(patent, startsAt, startsAt.plus(Duration.ofDays(4))));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(approve(created.body().get("id").asLong()).status()).isEqualTo(200);
        return created.body().get("auctionId").asLong();
    }

    /** Returns the option tag of the asset in the listing form, or fails when the form has none. */
    private static String option(String form, IpAsset asset) {
        Matcher option = Pattern.compile("<option[^>]*value=\"" + asset.getId() + "\"[^>]*>[^<]*</option>")
                .matcher(form);
        assertThat(option.find()).as("option of asset %s", asset.getNumber()).isTrue();
        return option.group();
    }
}
