package cn.ipfin.market;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.ipfin.core.error.BusinessRuleException;
import cn.ipfin.core.error.ConflictException;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.InvalidInputException.Violation;
import cn.ipfin.core.error.NotFoundException;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.time.ClockConfiguration;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.identity.Role;
import cn.ipfin.ipasset.LegalStatus;
import cn.ipfin.organization.Organization;
import cn.ipfin.organization.OrganizationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the auctions. Bids are placed under a row lock on the lot, a bidder's first bid freezes the deposit, and
 * late bids extend the end. A lot whose end has passed closes by the scheduled job or on the next access, with a
 * deal for the winner, whose deposit is applied to the price, and the other deposits released. Every time comes from the business clock.
 */
@Service
public class AuctionService {

    private static final Logger log = LoggerFactory.getLogger(AuctionService.class);
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Auctions auctions;
    private final Bids bids;
    private final DepositService deposits;
    private final ListingService listings;
    private final DealService deals;
    private final MarketNotices notices;
    private final OrganizationService organizations;
    private final Clock clock;
    private final AuctionBidCalculator calculator = new AuctionBidCalculator();

    AuctionService(Auctions auctions, Bids bids, DepositService deposits, ListingService listings, DealService deals,
            MarketNotices notices, OrganizationService organizations, Clock clock) {
        this.auctions = auctions;
        this.bids = bids;
        this.deposits = deposits;
        this.listings = listings;
        this.deals = deals;
        this.notices = notices;
        this.clock = clock;
        this.organizations = organizations;
    }

    /** An accepted bid with the lot after it. */
    public record Placed(Bid bid, Auction auction) {
    }

    /** One line of the public bid history: the bidder's number and masked name, the amount and the time. */
    public record BidLine(int bidderNumber, String maskedBidder, Money amount, Instant placedAt, boolean leading) {
    }

    /**
     * Places a bid received now. The lot row is locked for the whole step, so of two bids at the same price
     * exactly one is accepted and the other is rejected as outbid.
     *
     * @throws ConflictException when the lot is not open, has ended, or the price was already reached
     * @throws BusinessRuleException when the bid is below the minimum or the deposit account does not cover it
     */
    @Transactional
    public Placed bid(Long auctionId, Money amount, CurrentUser user) {
        return bid(auctionId, amount, null, user);
    }

    /**
     * Places a bid, given the lot version the bidder saw. A bid at or below the current price counts as outbid
     * only when the lot changed after the bidder saw it. With the version unchanged, the bid is too low. Without a
     * version, only a bid exactly at the current price counts as outbid, because another bid reached it first.
     */
    @Transactional
    public Placed bid(Long auctionId, Money amount, Long seenVersion, CurrentUser user) {
        ListingService.requireRole(user, Role.INVESTOR, Role.ENTERPRISE);
        if (amount == null || !amount.isPositive()) {
            throw InvalidInputException.of("amount", "market.bid.amountInvalid");
        }
        // PostgreSQL keeps microseconds, so the bid time and the extended end are cut to what is stored.
        Instant receivedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Auction auction = auctions.findForUpdate(auctionId).orElseThrow(() -> notFound(auctionId));
        Listing listing = listings.get(auction.getListingId());
        if (listing.getListerOrganizationId().equals(user.organizationId())) {
            throw new BusinessRuleException("market.bid.ownLot", "market.bid.ownLot");
        }
        if (auction.isDue(receivedAt)) {
            throw new ConflictException("market.bid.ended", "market.bid.ended", shanghai(auction.getEndsAt()));
        }
        if (listings.currentAssetStatus(listing) != LegalStatus.VALID) {
            throw new ConflictException("market.bid.assetNotValid", "market.bid.assetNotValid",
                    listing.getAssetTitle());
        }

        Long previousLeader = auction.getLeadingOrganizationId();
        AuctionBidCalculator.Evaluation evaluation = auction.bid(user.organizationId(), amount, receivedAt, calculator);
        if (!evaluation.accepted()) {
            throw rejection(evaluation, auction, amount, seenVersion);
        }
        deposits.freezeOnFirstBid(user.organizationId(), auction, receivedAt);
        int number = bids.findFirstByAuctionIdAndBidderOrganizationId(auctionId, user.organizationId())
                .map(Bid::getBidderNumber).orElseGet(() -> bids.maxBidderNumber(auctionId) + 1);
        Bid bid = bids.save(new Bid(auctionId, user.organizationId(), number, user.username(), amount, receivedAt));
        if (previousLeader != null && !previousLeader.equals(user.organizationId())) {
            notices.toOrganization(previousLeader, "auction.outbid", "market.notice.outbid",
                    List.of(listing.getAssetTitle(), amount.toString()), link(auctionId));
        }
        log.info("Bid {} of {} accepted on auction {}; ends at {}", bid.getId(), amount, auctionId, auction.getEndsAt());
        return new Placed(bid, auction);
    }

    /**
     * Closes the lot when its end has passed and returns it. A lot with a bid at or above the reserve price is
     * sold: the winner gets a deal with its deposit applied to the price, and the other deposits are released. A
     * lot without such a bid is unsold (流拍) and every deposit is released.
     */
    @Transactional
    public Auction closeIfDue(Long auctionId) {
        Instant now = clock.instant();
        Auction auction = auctions.findForUpdate(auctionId).orElseThrow(() -> notFound(auctionId));
        if (!auction.isDue(now)) {
            return auction;
        }
        auction.close(now);
        Listing listing = listings.get(auction.getListingId());
        List<Long> bidders = bids.bidderOrganizations(auctionId);
        String title = listing.getAssetTitle();
        if (auction.getStatus() == AuctionStatus.SOLD) {
            listing.recordDeal(now);
            Money depositApplied = deposits.settle(auction, auction.getLeadingOrganizationId(),
                    auction.getCurrentPrice(), now);
            Deal deal = deals.awardAuction(auction, listing.getListerOrganizationId(), depositApplied, now);
            notices.toOrganization(auction.getLeadingOrganizationId(), "auction.won", "market.notice.won",
                    List.of(title, auction.getCurrentPrice().toString()), "/market/deals/" + deal.getId());
            bidders.stream().filter(org -> !org.equals(auction.getLeadingOrganizationId())).forEach(org ->
                    notices.toOrganization(org, "auction.lost", "market.notice.lost", List.of(title), link(auctionId)));
            notices.toOrganization(listing.getListerOrganizationId(), "auction.sold", "market.notice.sold",
                    List.of(title, auction.getCurrentPrice().toString()), "/market/deals/" + deal.getId());
        } else {
            deposits.settle(auction, null, auction.getStartPrice(), now);
            bidders.forEach(org -> notices.toOrganization(org, "auction.unsold", "market.notice.unsoldBidder",
                    List.of(title), link(auctionId)));
            notices.toOrganization(listing.getListerOrganizationId(), "auction.unsold", "market.notice.unsold",
                    List.of(title), link(auctionId));
        }
        log.info("Auction {} closed as {}", auctionId, auction.getStatus());
        return auction;
    }

    /** Closes every lot whose end has passed, each in its own transaction through the proxy of this service. */
    List<Long> dueAuctionIds() {
        return auctions.dueIds(clock.instant());
    }

    /** Puts an unsold lot up again with new terms; only the lister may, and only while the listing is public. */
    @Transactional
    public Auction relist(Long auctionId, long version, AuctionTerms terms, CurrentUser user) {
        Auction unsold = auctions.findForUpdate(auctionId).orElseThrow(() -> notFound(auctionId));
        Listing listing = listings.get(unsold.getListingId());
        if (!listing.getListerOrganizationId().equals(user.organizationId())) {
            throw notFound(auctionId);
        }
        if (unsold.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Auction.class, auctionId);
        }
        boolean latest = auctions.findByListingIdOrderByIdDesc(listing.getId()).get(0).getId().equals(auctionId);
        if (unsold.getStatus() != AuctionStatus.UNSOLD || !latest || listing.getStatus() != ListingStatus.PUBLISHED) {
            throw new ConflictException("market.auction.transition", "market.auction.transition", "relist",
                    unsold.getStatus());
        }
        List<Violation> violations = new ArrayList<>();
        AuctionTermsValidator.violations(terms, clock.instant(), ListingService.MAX_AUCTION_LENGTH, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Auction relisted = auctions.save(new Auction(listing.getId(), terms, true));
        log.info("Auction {} relisted as auction {}", auctionId, relisted.getId());
        return relisted;
    }

    /** Returns a lot the user may see, closing it first when its end has passed. */
    @Transactional
    public Auction view(Long auctionId, CurrentUser user) {
        Auction auction = auctions.findById(auctionId).orElseThrow(() -> notFound(auctionId));
        listings.visible(auction.getListingId(), user);
        return auction.isDue(clock.instant()) ? closeIfDue(auctionId) : auction;
    }

    /** Returns the lots open for bids whose listing is public, ending soonest first, including upcoming ones. */
    @Transactional(readOnly = true)
    public List<Auction> open() {
        return auctions.findByStatusOrderByEndsAtAsc(AuctionStatus.OPEN);
    }

    /** Returns the open lots that take bids now, ending soonest first. */
    @Transactional(readOnly = true)
    public List<Auction> live() {
        Instant now = clock.instant();
        return open().stream().filter(auction -> !auction.isUpcoming(now)).toList();
    }

    /** Returns the open lots whose start time is still ahead, starting soonest first. */
    @Transactional(readOnly = true)
    public List<Auction> upcoming() {
        Instant now = clock.instant();
        return open().stream().filter(auction -> auction.isUpcoming(now))
                .sorted(java.util.Comparator.comparing(Auction::getStartsAt)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Auction> latestOf(Long listingId) {
        return auctions.findByListingIdOrderByIdDesc(listingId).stream().findFirst();
    }

    /** Returns the accepted bids, highest first, with each bidder shown as 竞买人 n and a masked name. */
    @Transactional(readOnly = true)
    public List<BidLine> history(Long auctionId) {
        List<Bid> accepted = bids.findByAuctionIdOrderByAmountDesc(auctionId);
        List<BidLine> lines = new ArrayList<>();
        for (int i = 0; i < accepted.size(); i++) {
            Bid bid = accepted.get(i);
            String name = organizations.find(bid.getBidderOrganizationId()).map(Organization::getName).orElse(null);
            lines.add(new BidLine(bid.getBidderNumber(), BidderMask.mask(name), bid.getAmount(), bid.getPlacedAt(),
                    i == 0));
        }
        return lines;
    }

    /** Returns the bidder number of the organisation in the lot, or empty when it has not bid. */
    @Transactional(readOnly = true)
    public Optional<Integer> bidderNumberOf(Long auctionId, Long organizationId) {
        return bids.findFirstByAuctionIdAndBidderOrganizationId(auctionId, organizationId).map(Bid::getBidderNumber);
    }

    public Money minimumBid(Auction auction) {
        return calculator.minimumBid(auction.lot());
    }

    public Instant now() {
        return clock.instant();
    }

    private static BusinessRuleException rejection(AuctionBidCalculator.Evaluation evaluation, Auction auction,
            Money amount, Long seenVersion) {
        return switch (evaluation.outcome()) {
            case OUTBID -> raceLost(auction, amount, seenVersion)
                    ? new ConflictException("market.bid.outbid", "market.bid.outbid",
                            grouped(auction.getCurrentPrice()), grouped(evaluation.minimumBid()))
                    : belowMinimum(evaluation, auction);
            case ENDED -> new ConflictException("market.bid.ended", "market.bid.ended", shanghai(auction.getEndsAt()));
            case NOT_STARTED -> new ConflictException("market.bid.notStarted", "market.bid.notStarted",
                    shanghai(auction.getStartsAt()));
            case BELOW_START_PRICE -> new BusinessRuleException("market.bid.belowStart", "market.bid.belowStart",
                    grouped(evaluation.minimumBid()));
            default -> belowMinimum(evaluation, auction);
        };
    }

    /** Returns whether another bid took the lot past this amount after the bidder saw it. */
    private static boolean raceLost(Auction auction, Money amount, Long seenVersion) {
        if (seenVersion != null) {
            // Every accepted bid raises the version, so an older version means that the price rose after the
            // bidder loaded the lot.
            return seenVersion < auction.getVersion();
        }
        return amount.compareTo(auction.getCurrentPrice()) == 0;
    }

    private static BusinessRuleException belowMinimum(AuctionBidCalculator.Evaluation evaluation, Auction auction) {
        return new BusinessRuleException("market.bid.belowIncrement", "market.bid.belowIncrement",
                grouped(evaluation.minimumBid()), grouped(auction.getCurrentPrice()), grouped(auction.getIncrement()));
    }

    /** Formats an amount with thousand separators and two decimals, such as 1,250,000.00, as the pages do. */
    static String grouped(Money money) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(money.amount());
    }

    /** Formats an instant as a Beijing-time timestamp such as 2026-12-05 10:00:00 for messages. */
    static String shanghai(Instant instant) {
        return TIMESTAMP.format(instant.atZone(ClockConfiguration.ZONE));
    }

    private static String link(Long auctionId) {
        return "/auctions/" + auctionId;
    }

    private static NotFoundException notFound(Long id) {
        return new NotFoundException("market.auction.not-found", "market.auction.notFound", id);
    }
}
