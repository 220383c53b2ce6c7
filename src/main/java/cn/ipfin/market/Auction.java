package cn.ipfin.market;

import java.math.BigDecimal;
import java.time.Instant;

import cn.ipfin.core.error.ConflictException;
import cn.ipfin.core.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An auction lot (拍卖标的) of one listing: its terms, the current price and leading bidder, and the end time
 * that late bids extend. Bids are placed while the row is locked, so two bids on one lot never interleave.
 */
@Entity
@Table(name = "market_auction")
public class Auction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "listing_id", nullable = false)
    private Long listingId;

    @Column(name = "start_price", nullable = false)
    private BigDecimal startPrice;

    @Column(nullable = false)
    private BigDecimal increment;

    @Column(name = "reserve_price")
    private BigDecimal reservePrice;

    @Column(nullable = false)
    private BigDecimal deposit;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "original_ends_at", nullable = false)
    private Instant originalEndsAt;

    @Column(name = "current_price")
    private BigDecimal currentPrice;

    @Column(name = "leading_org_id")
    private Long leadingOrganizationId;

    @Column(name = "bid_count", nullable = false)
    private int bidCount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuctionStatus status;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected Auction() {
    }

    Auction(Long listingId, AuctionTerms terms, boolean open) {
        this.listingId = listingId;
        this.startPrice = terms.startPrice().amount();
        this.increment = terms.increment().amount();
        this.reservePrice = terms.reservePrice() == null ? null : terms.reservePrice().amount();
        this.deposit = terms.deposit().amount();
        this.startsAt = terms.startsAt();
        this.endsAt = terms.endsAt();
        this.originalEndsAt = terms.endsAt();
        this.status = open ? AuctionStatus.OPEN : AuctionStatus.PENDING;
    }

    void open() {
        if (status != AuctionStatus.PENDING) {
            throw new ConflictException("market.auction.transition", "market.auction.transition", "open", status);
        }
        this.status = AuctionStatus.OPEN;
    }

    void cancel() {
        if (status == AuctionStatus.PENDING || status == AuctionStatus.OPEN && bidCount == 0) {
            this.status = AuctionStatus.CANCELLED;
        } else {
            throw new ConflictException("market.auction.transition", "market.auction.transition", "cancel", status);
        }
    }

    /** Evaluates a bid with the calculator and, when accepted, makes the bidder the leader at that price. */
    AuctionBidCalculator.Evaluation bid(Long bidderOrganizationId, Money amount, Instant now,
            AuctionBidCalculator calculator) {
        if (status != AuctionStatus.OPEN) {
            throw new ConflictException("market.auction.notOpen", "market.auction.notOpen", status);
        }
        AuctionBidCalculator.Evaluation evaluation = calculator.evaluate(lot(), amount, now);
        if (evaluation.accepted()) {
            this.currentPrice = amount.amount();
            this.leadingOrganizationId = bidderOrganizationId;
            this.bidCount++;
            this.endsAt = evaluation.endsAt();
        }
        return evaluation;
    }

    /** Returns whether the lot is open and its end time has passed, so that it must close now. */
    public boolean isDue(Instant now) {
        return status == AuctionStatus.OPEN && !now.isBefore(endsAt);
    }

    /** Closes a due lot: sold when it has a bid at or above the reserve price, unsold (流拍) otherwise. */
    void close(Instant now) {
        if (!isDue(now)) {
            throw new ConflictException("market.auction.transition", "market.auction.transition", "close", status);
        }
        boolean reserveMet = reservePrice == null || currentPrice != null && currentPrice.compareTo(reservePrice) >= 0;
        this.status = bidCount > 0 && reserveMet ? AuctionStatus.SOLD : AuctionStatus.UNSOLD;
        this.closedAt = now;
    }

    public AuctionBidCalculator.Lot lot() {
        return new AuctionBidCalculator.Lot(getStartPrice(), getIncrement(), getCurrentPrice(), startsAt, endsAt);
    }

    public boolean isLive(Instant now) {
        return status == AuctionStatus.OPEN && !now.isBefore(startsAt) && now.isBefore(endsAt);
    }

    /** Returns whether the lot is open but its start time is still ahead, so that it takes no bids yet. */
    public boolean isUpcoming(Instant now) {
        return status == AuctionStatus.OPEN && now.isBefore(startsAt);
    }

    /**
     * Returns the phase shown to bidders: UPCOMING before the start of an open lot, LIVE while it takes bids,
     * and the stored status otherwise (an open lot past its end stays OPEN until it is closed).
     */
    public String phase(Instant now) {
        if (isUpcoming(now)) {
            return "UPCOMING";
        }
        return isLive(now) ? "LIVE" : status.name();
    }

    public boolean isExtended() {
        return endsAt.isAfter(originalEndsAt);
    }

    public Long getId() { return id; }
    public Long getListingId() { return listingId; }
    public Money getStartPrice() { return Money.of(startPrice); }
    public Money getIncrement() { return Money.of(increment); }
    public Money getReservePrice() { return reservePrice == null ? null : Money.of(reservePrice); }
    public Money getDeposit() { return Money.of(deposit); }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public Instant getOriginalEndsAt() { return originalEndsAt; }
    public Money getCurrentPrice() { return currentPrice == null ? null : Money.of(currentPrice); }
    public Long getLeadingOrganizationId() { return leadingOrganizationId; }
    public int getBidCount() { return bidCount; }
    public AuctionStatus getStatus() { return status; }
    public Instant getClosedAt() { return closedAt; }
    public long getVersion() { return version; }
}
