package cn.ipfin.market.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import cn.ipfin.ipasset.IpAsset;
import cn.ipfin.market.MarketTestSupport;
import cn.ipfin.support.ApiClient;
import cn.ipfin.support.ApiClient.Response;
import org.junit.jupiter.api.Test;

/** Listing an asset on the market: ownership checks, pledgee consent, review and the public search. */
class MarketListingApiTest extends MarketTestSupport {

    @Test
    void listingBecomesPublicOnlyAfterReview() {
        Member owner = verifiedMember("ENTERPRISE", "太原挂牌审核测试科技有限公司");
        IpAsset patent = grantedPatentOf(owner, "一种瓦斯浓度检测传感器");

        Response created = client(owner).post("/api/v1/market/listings", fixedListing(patent, "TRANSFER", "300000"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("status").asString()).isEqualTo("PENDING_REVIEW");
        long id = created.body().get("id").asLong();
        assertThat(api().get("/api/v1/market/listings/" + id).status()).isEqualTo(404);

        Response approved = approve(id);
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.body().get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(api().get("/api/v1/market/listings/" + id).status()).isEqualTo(200);
        Response search = api().get("/api/v1/market/listings?kind=INVENTION&type=TRANSFER&mode=FIXED&industry=I&q="
                + patent.getNumber());
        assertThat(search.status()).isEqualTo(200);
        assertThat(search.body().get("content").findValuesAsString("assetNumber")).containsExactly(patent.getNumber());
    }

    @Test
    void searchFindsNumberWithCheckDigitX() {
        Member owner = verifiedMember("ENTERPRISE", "太原校验位测试科技有限公司");
        IpAsset patent = grantedPatentOf(owner, "一种校验位检索测试装置");
        while (!patent.getNumber().endsWith("X")) {
            patent = grantedPatentOf(owner, "一种校验位检索测试装置");
        }
        Response created = client(owner).post("/api/v1/market/listings", fixedListing(patent, "TRANSFER", "200000"));
        approve(created.body().get("id").asLong());

        Response upper = api().get("/api/v1/market/listings?q=" + patent.getNumber());
        Response lower = api().get("/api/v1/market/listings?q=" + patent.getNumber().toLowerCase());

        assertThat(upper.body().get("content").findValuesAsString("assetNumber")).containsExactly(patent.getNumber());
        assertThat(lower.body().get("content").findValuesAsString("assetNumber")).containsExactly(patent.getNumber());
    }

    @Test
    void rejectsListingOfAnotherOrganisationsPatent() {
        Member owner = verifiedMember("ENTERPRISE", "晋中权属测试科技有限公司");
        Member stranger = verifiedMember("ENTERPRISE", "晋中冒名挂牌测试有限公司");
        IpAsset patent = grantedPatentOf(owner, "一种矿用通信装置");

        Response response = client(stranger).post("/api/v1/market/listings",
                fixedListing(patent, "TRANSFER", "100000"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body().get("code").asString()).isEqualTo("market.listing.ineligible");
        assertThat(response.body().get("detail").asString()).contains("不是").contains(patent.getNumber());
    }

    @Test
    void investorMayNotCreateListing() {
        Member investor = verifiedMember("INVESTOR", "太行挂牌越权测试投资有限公司");

        Response response = client(investor).post("/api/v1/market/listings", Map.of("priceMode", "FIXED"));

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void missingFieldsAreListedTogether() {
        Member owner = verifiedMember("ENTERPRISE", "大同字段校验测试有限公司");

        Response response = client(owner).post("/api/v1/market/listings", Map.of("priceMode", "FIXED",
                "description", " "));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.raw()).contains("assetId").contains("listingType").contains("askingPrice")
                .contains("description").contains("请选择要挂牌的知识产权");
    }

    @Test
    void pledgedAssetNeedsThePledgeesConsent() {
        Member owner = verifiedMember("ENTERPRISE", "长治质押挂牌测试有限公司");
        Member pledgee = verifiedMember("BANK", "长治质押挂牌测试银行");
        Member otherBank = verifiedMember("BANK", "长治无关测试银行");
        IpAsset patent = grantedPatentOf(owner, "一种光纤测温装置");
        pledge(patent, owner, pledgee);

        Response created = client(owner).post("/api/v1/market/listings",
                fixedListing(patent, "EXCLUSIVE_LICENCE", "80000"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("status").asString()).isEqualTo("AWAITING_CONSENT");
        long id = created.body().get("id").asLong();
        Map<String, Object> version = Map.of("version", created.body().get("version").asLong());

        assertThat(client(otherBank).post("/api/v1/market/listings/" + id + "/consent", version).status())
                .isEqualTo(404);
        assertThat(client(otherBank).get("/api/v1/market/listings/" + id).status()).isEqualTo(404);
        Response consented = client(pledgee).post("/api/v1/market/listings/" + id + "/consent", version);
        assertThat(consented.status()).isEqualTo(200);
        assertThat(consented.body().get("status").asString()).isEqualTo("PENDING_REVIEW");
        assertThat(client(pledgee).post("/api/v1/market/listings/" + id + "/consent", version).status())
                .isEqualTo(409);
    }

    @Test
    void onlyThePledgeeListsDisposalSale() {
        Member owner = verifiedMember("ENTERPRISE", "阳泉处置测试有限公司");
        Member pledgee = verifiedMember("BANK", "阳泉处置测试银行");
        Member otherBank = verifiedMember("BANK", "阳泉另一测试银行");
        IpAsset patent = grantedPatentOf(owner, "一种煤层气抽采装置");
        pledge(patent, owner, pledgee);

        Response byOther = client(otherBank).post("/api/v1/market/listings",
                fixedListing(patent, "DISPOSAL_SALE", "50000"));
        Response byPledgee = client(pledgee).post("/api/v1/market/listings",
                fixedListing(patent, "DISPOSAL_SALE", "50000"));
        Response bankTransfer = client(pledgee).post("/api/v1/market/listings",
                fixedListing(patent, "TRANSFER", "50000"));

        assertThat(byOther.status()).isEqualTo(422);
        assertThat(byOther.body().get("detail").asString()).contains("质权人");
        assertThat(byPledgee.status()).isEqualTo(201);
        assertThat(byPledgee.body().get("status").asString()).isEqualTo("PENDING_REVIEW");
        assertThat(bankTransfer.status()).isEqualTo(400);
    }

    @Test
    void secondTransferOfSameAssetConflicts() {
        Member owner = verifiedMember("ENTERPRISE", "忻州重复挂牌测试有限公司");
        IpAsset patent = grantedPatentOf(owner, "一种风机叶片检测方法");
        ApiClient client = client(owner);

        assertThat(client.post("/api/v1/market/listings", fixedListing(patent, "TRANSFER", "1000")).status())
                .isEqualTo(201);
        Response second = client.post("/api/v1/market/listings", fixedListing(patent, "NON_EXCLUSIVE_LICENCE", "1000"));

        assertThat(second.status()).isEqualTo(409);
    }

    @Test
    void enterpriseMayNotReviewListings() {
        Member owner = verifiedMember("ENTERPRISE", "运城自审测试有限公司");
        IpAsset patent = grantedPatentOf(owner, "一种果品分选装置");
        ApiClient client = client(owner);
        long id = client.post("/api/v1/market/listings", fixedListing(patent, "TRANSFER", "1000")).body().get("id")
                .asLong();

        Response response = client.post("/api/v1/operator/market/listings/" + id + "/approval",
                Map.of("version", 0));

        assertThat(response.status()).isEqualTo(403);
    }
}
