package cn.ipfin.market;

import java.math.BigDecimal;
import java.time.Instant;

import cn.ipfin.core.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The deposit of one organisation frozen for one lot, from its first bid until the lot closes. The winner's
 * deposit is then applied to the price of the deal; the other bidders' deposits are released.
 */
@Entity
@Table(name = "market_deposit_hold")
public class DepositHold {

    /** The state of a hold. */
    public enum Status {
        FROZEN, RELEASED, APPLIED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "org_id", nullable = false)
    private Long organizationId;

    @Column(name = "auction_id", nullable = false)
    private Long auctionId;

    @Column(nullable = false)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "applied_at")
    private Instant appliedAt;

    protected DepositHold() {
    }

    DepositHold(Long organizationId, Long auctionId, Money amount, Instant now) {
        this.organizationId = organizationId;
        this.auctionId = auctionId;
        this.amount = amount.amount();
        this.status = Status.FROZEN;
        this.createdAt = now;
    }

    void release(Instant now) {
        this.status = Status.RELEASED;
        this.releasedAt = now;
    }

    void apply(Instant now) {
        this.status = Status.APPLIED;
        this.appliedAt = now;
    }

    public Long getId() { return id; }
    public Long getOrganizationId() { return organizationId; }
    public Long getAuctionId() { return auctionId; }
    public Money getAmount() { return Money.of(amount); }
    public Status getStatus() { return status; }
    public Instant getAppliedAt() { return appliedAt; }
}
