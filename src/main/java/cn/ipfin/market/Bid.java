package cn.ipfin.market;

import java.math.BigDecimal;
import java.time.Instant;

import cn.ipfin.core.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An accepted bid (出价). Rejected bids are not stored. Each bidding organisation has a number within the lot
 * (竞买人 1, 2, …) in the order of its first bid, which the public history shows instead of its name.
 */
@Entity
@Table(name = "market_bid")
public class Bid {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "auction_id", nullable = false)
    private Long auctionId;

    @Column(name = "bidder_org_id", nullable = false)
    private Long bidderOrganizationId;

    @Column(name = "bidder_number", nullable = false)
    private int bidderNumber;

    @Column(name = "placed_by", nullable = false)
    private String placedBy;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    protected Bid() {
    }

    Bid(Long auctionId, Long bidderOrganizationId, int bidderNumber, String placedBy, Money amount, Instant placedAt) {
        this.auctionId = auctionId;
        this.bidderOrganizationId = bidderOrganizationId;
        this.bidderNumber = bidderNumber;
        this.placedBy = placedBy;
        this.amount = amount.amount();
        this.placedAt = placedAt;
    }

    public Long getId() { return id; }
    public Long getAuctionId() { return auctionId; }
    public Long getBidderOrganizationId() { return bidderOrganizationId; }
    public int getBidderNumber() { return bidderNumber; }
    public String getPlacedBy() { return placedBy; }
    public Money getAmount() { return Money.of(amount); }
    public Instant getPlacedAt() { return placedAt; }
}
