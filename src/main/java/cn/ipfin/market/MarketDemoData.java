package cn.ipfin.market;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.ipfin.core.money.Money;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.identity.UserAccountService;
import cn.ipfin.ipasset.IpAsset;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.ipasset.LegalStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo market once, when the demo enterprise has no listing yet. It creates a live patent auction
 * ending in three days, a fixed-price non-exclusive licence and a negotiable transfer. The demo investor and two
 * demo enterprises get deposit accounts and bid against each other on the auction, so its history shows
 * competing masked bidders below the reserve price. The investor also gets a buy request that matches the
 * licence.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "ipfin.demo-data", havingValue = "true")
class MarketDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MarketDemoData.class);

    private final UserAccountService accounts;
    private final IpAssetService assets;
    private final ListingService listings;
    private final AuctionService auctions;
    private final DepositService deposits;
    private final BuyRequestService buyRequests;
    private final Bids bids;

    MarketDemoData(UserAccountService accounts, IpAssetService assets, ListingService listings,
            AuctionService auctions, DepositService deposits, BuyRequestService buyRequests, Bids bids) {
        this.bids = bids;
        this.accounts = accounts;
        this.assets = assets;
        this.listings = listings;
        this.auctions = auctions;
        this.deposits = deposits;
        this.buyRequests = buyRequests;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            load();
        } catch (RuntimeException e) {
            // The demo market is optional; a failure here must not stop the application from starting.
            log.error("Loading the demo market failed", e);
        }
    }

    private void load() {
        if (!accounts.usernameTaken("enterprise") || !accounts.usernameTaken("investor")) {
            return;
        }
        CurrentUser enterprise = accounts.loadUserByUsername("enterprise");
        if (!listings.ofOrganization(enterprise.organizationId()).isEmpty()) {
            return;
        }
        List<IpAsset> patents = assets.ownedBy(enterprise.organizationId(), 50).stream()
                .filter(asset -> asset.getKind().isPatent() && asset.getLegalStatus() == LegalStatus.VALID
                        && !asset.isPledged() && asset.getExpiryDate() != null
                        && asset.getExpiryDate().isAfter(listings.today().plusYears(1)))
                .limit(3).toList();
        if (patents.size() < 3) {
            log.warn("Demo market not loaded: the demo enterprise has only {} listable patents", patents.size());
            return;
        }
        CurrentUser operator = accounts.loadUserByUsername("operator");
        CurrentUser investor = accounts.loadUserByUsername("investor");
        Instant now = auctions.now();

        Listing auctioned = publish(new ListingDraft(patents.get(0).getId(), ListingType.TRANSFER, PriceMode.AUCTION,
                null, "I", "矿用安全监测发明专利整体转让，含全部技术资料，拍卖成交后配合办理转让登记。",
                new AuctionTerms(Money.of("200000.00"), Money.of("10000.00"), Money.of("260000.00"),
                        Money.of("30000.00"), now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(3)))),
                enterprise, operator);
        Listing licence = publish(new ListingDraft(patents.get(1).getId(), ListingType.NON_EXCLUSIVE_LICENCE,
                PriceMode.FIXED, Money.of("80000.00"), "I", "普通实施许可，许可期限三年，山西省内实施。", null),
                enterprise, operator);
        publish(new ListingDraft(patents.get(2).getId(), ListingType.TRANSFER, PriceMode.NEGOTIABLE, null, "I",
                "专利转让，价格面议，可提供技术指导。", null), enterprise, operator);

        auctions.latestOf(auctioned.getId()).ifPresent(lot -> bidHistory(lot, investor, operator, now));
        buyRequests.create(new BuyRequestDraft(licence.getIpKind(), "I", keywordOf(licence.getAssetTitle()), null,
                Money.of("150000.00"), "寻求可在省内实施的成熟技术。"), investor);
        log.info("Loaded the demo market: 3 listings, 1 live auction, 1 buy request");
    }

    /**
     * Places the demo bids in order through the auction service, so the increments, deposits and current price
     * follow the rules, and then moves their times back to spread them over the hour since the lot opened.
     * The bidders are the demo investor and the two demo enterprises whose fields are closest to the
     * mining-safety patent: data services for mining (fenshui) and sensors (guangdian).
     */
    private void bidHistory(Auction lot, CurrentUser investor, CurrentUser operator, Instant now) {
        if (!accounts.usernameTaken("fenshui") || !accounts.usernameTaken("guangdian")) {
            deposits.topUp(investor.organizationId(), Money.of("100000.00"), operator);
            auctions.bid(lot.getId(), Money.of("200000.00"), investor);
            return;
        }
        CurrentUser fenshui = accounts.loadUserByUsername("fenshui");
        CurrentUser guangdian = accounts.loadUserByUsername("guangdian");
        for (CurrentUser bidder : List.of(investor, fenshui, guangdian)) {
            deposits.topUp(bidder.organizationId(), Money.of("100000.00"), operator);
        }
        record DemoBid(CurrentUser bidder, String amount, int minutesAgo) {
        }
        List<DemoBid> history = List.of(new DemoBid(fenshui, "200000.00", 52),
                new DemoBid(investor, "210000.00", 47), new DemoBid(guangdian, "220000.00", 38),
                new DemoBid(fenshui, "230000.00", 29), new DemoBid(investor, "240000.00", 17),
                new DemoBid(guangdian, "250000.00", 6));
        for (DemoBid demoBid : history) {
            Bid bid = auctions.bid(lot.getId(), Money.of(demoBid.amount()), demoBid.bidder()).bid();
            bids.movePlacedAt(bid.getId(), now.minus(Duration.ofMinutes(demoBid.minutesAgo())));
        }
    }

    private Listing publish(ListingDraft draft, CurrentUser lister, CurrentUser operator) {
        Listing listing = listings.create(draft, lister);
        return listings.approve(listing.getId(), listing.getVersion(), "演示数据", operator);
    }

    /** Takes a few characters from the middle of a title as the keyword, so that the request matches it. */
    private static String keywordOf(String title) {
        String plain = title.startsWith("一种") ? title.substring(2) : title;
        return plain.substring(0, Math.min(4, plain.length()));
    }
}
