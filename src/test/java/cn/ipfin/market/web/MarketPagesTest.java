package cn.ipfin.market.web;

import static org.assertj.core.api.Assertions.assertThat;


import cn.ipfin.ipasset.IpAsset;
import cn.ipfin.market.MarketTestSupport;
import cn.ipfin.support.ApiClient.Response;
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
}
