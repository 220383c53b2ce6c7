package cn.ipfin.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import cn.ipfin.core.identifier.PatentApplicationNumber;
import cn.ipfin.ipasset.IpAsset;
import cn.ipfin.ipasset.IpAssetData;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.ipasset.IpKind;
import cn.ipfin.ipasset.IpNumber;
import cn.ipfin.ipasset.PledgeService;
import cn.ipfin.support.ApiClient;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Fixtures of the market tests: granted patents, pledges, listings approved by an operator, deposits. */
public abstract class MarketTestSupport extends IntegrationTest {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 5_000_000));

    @Autowired
    protected IpAssetService assets;

    @Autowired
    protected PledgeService pledges;

    @Autowired
    protected JdbcTemplate jdbc;

    /** Records a granted invention patent owned by the member, with a unique application number. */
    protected IpAsset grantedPatentOf(Member owner, String title) {
        return patentOf(owner, title, "授权");
    }

    /** Records an invention patent owned by the member with the exported legal-status text, such as 审中. */
    protected IpAsset patentOf(Member owner, String title, String statusText) {
        String digits = String.format("2022%d%07d", 1, SERIAL.incrementAndGet() % 10_000_000);
        String number = digits + "." + PatentApplicationNumber.computeCheckCharacter(digits);
        IpAssetData data = new IpAssetData(IpKind.INVENTION, title, null, "一种用于煤矿安全监测的传感装置及方法",
                List.of(owner.organizationName()), List.of(), null, LocalDate.of(2022, 3, 1), null,
                LocalDate.of(2024, 6, 1), List.of("G01N 21/00"), "G01N 21/00", 8, 1);
        return assets.save(new IpNumber(number, false, "CN"), data, statusText, "TEST", "test").asset();
    }

    /** Records an active pledge of the asset from its owner to the bank. */
    protected void pledge(IpAsset asset, Member owner, Member bank) {
        pledges.record(asset.getId(), new PledgeService.Registration(owner.organizationId(), bank.organizationId(),
                "TEST-" + asset.getId(), "Y" + asset.getId(), LocalDate.of(2025, 1, 10), LocalDate.of(2027, 1, 10)),
                "test");
    }

    protected ApiClient client(Member member) {
        return api().signedInAs(member.username(), TestData.PASSWORD);
    }

    protected ApiClient client(String username) {
        return api().signedInAs(username, TestData.PASSWORD);
    }

    protected static Map<String, Object> fixedListing(IpAsset asset, String type, String price) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("assetId", asset.getId());
        body.put("listingType", type);
        body.put("priceMode", "FIXED");
        body.put("askingPrice", new BigDecimal(price));
        body.put("industryCode", "I");
        body.put("description", "煤矿安全监测传感技术，可用于井下瓦斯浓度实时检测。");
        return body;
    }

    protected static Map<String, Object> auctionListing(IpAsset asset, Instant startsAt, Instant endsAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("assetId", asset.getId());
        body.put("listingType", "TRANSFER");
        body.put("priceMode", "AUCTION");
        body.put("industryCode", "C");
        body.put("description", "一项光电检测发明专利的转让拍卖。");
        body.put("startPrice", new BigDecimal("100000"));
        body.put("increment", new BigDecimal("5000"));
        body.put("reservePrice", new BigDecimal("120000"));
        body.put("deposit", new BigDecimal("20000"));
        body.put("startsAt", startsAt.toString());
        body.put("endsAt", endsAt.toString());
        return body;
    }

    /** Approves a listing as a fresh operator and returns the listing as the API shows it afterwards. */
    protected ApiClient.Response approve(long listingId) {
        ApiClient operator = client(createOperator());
        long version = operator.get("/api/v1/market/listings/" + listingId).body().get("version").asLong();
        return operator.post("/api/v1/operator/market/listings/" + listingId + "/approval",
                Map.of("version", version, "note", "材料齐全"));
    }

    /** Tops up the member's deposit account through the operator API. */
    protected void topUp(Member member, String amount) {
        ApiClient operator = client(createOperator());
        ApiClient.Response response = operator.post("/api/v1/operator/market/deposit-accounts/"
                + member.organizationId() + "/top-ups", Map.of("amount", new BigDecimal(amount)));
        if (response.status() != 200) {
            throw new IllegalStateException("Top-up failed: " + response.raw());
        }
    }

    /** Moves the end of an auction into the past, as if its bidding time had run out. */
    protected void endAuctionNow(long auctionId) {
        jdbc.update("update market_auction set ends_at = now() - interval '1 second' where id = ?", auctionId);
    }
}
