package cn.ipfin.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.ipfin.core.error.ConflictException;
import cn.ipfin.core.money.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A negotiation (洽谈) between a buyer and the lister about one listing. It starts with an inquiry; either side
 * may make an offer, and the other side replies with a counter-offer, an acceptance or a decline, for any
 * number of rounds. An accepted offer agrees the deal at that price. A side never answers its own offer.
 */
@Entity
@Table(name = "market_negotiation")
public class Negotiation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "listing_id", nullable = false)
    private Long listingId;

    @Column(name = "buyer_org_id", nullable = false)
    private Long buyerOrganizationId;

    @Column(name = "seller_org_id", nullable = false)
    private Long sellerOrganizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NegotiationState state;

    @Column(name = "pending_price")
    private BigDecimal pendingPrice;

    @Enumerated(EnumType.STRING)
    @Column(name = "pending_side")
    private Side pendingSide;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "negotiation", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("occurredAt asc, id asc")
    private List<NegotiationEntry> entries = new ArrayList<>();

    protected Negotiation() {
    }

    Negotiation(Long listingId, Long buyerOrganizationId, Long sellerOrganizationId, String inquiry, String author,
            Instant now) {
        this.listingId = listingId;
        this.buyerOrganizationId = buyerOrganizationId;
        this.sellerOrganizationId = sellerOrganizationId;
        this.state = NegotiationState.INQUIRY;
        this.createdAt = now;
        this.updatedAt = now;
        entries.add(new NegotiationEntry(this, NegotiationEntry.Kind.INQUIRY, Side.BUYER, null, inquiry, author, now));
    }

    /** Records a message; allowed while the negotiation is open. */
    void message(Side side, String text, String author, Instant now) {
        requireOpen("message");
        entries.add(new NegotiationEntry(this, NegotiationEntry.Kind.MESSAGE, side, null, text, author, now));
        this.updatedAt = now;
    }

    /**
     * Records an offer. After an inquiry either side may offer. While an offer is pending, only the other side
     * may reply to it with a counter-offer.
     */
    void offer(Side side, Money price, String text, String author, Instant now) {
        NegotiationEntry.Kind kind;
        if (state == NegotiationState.INQUIRY) {
            kind = NegotiationEntry.Kind.OFFER;
        } else if (state == NegotiationState.OFFER_PENDING && pendingSide != side) {
            kind = NegotiationEntry.Kind.COUNTER_OFFER;
        } else {
            throw illegal("offer");
        }
        entries.add(new NegotiationEntry(this, kind, side, price, text, author, now));
        this.state = NegotiationState.OFFER_PENDING;
        this.pendingPrice = price.amount();
        this.pendingSide = side;
        this.updatedAt = now;
    }

    /** Accepts the pending offer of the other side and returns the agreed price. */
    Money accept(Side side, String author, Instant now) {
        if (state != NegotiationState.OFFER_PENDING || pendingSide == side) {
            throw illegal("accept");
        }
        entries.add(new NegotiationEntry(this, NegotiationEntry.Kind.ACCEPTANCE, side, getPendingPrice(), null,
                author, now));
        this.state = NegotiationState.AGREED;
        this.updatedAt = now;
        return getPendingPrice();
    }

    /** Ends the negotiation without a deal; either side may do so while it is open. */
    void decline(Side side, String text, String author, Instant now) {
        requireOpen("decline");
        entries.add(new NegotiationEntry(this, NegotiationEntry.Kind.DECLINE, side, null, text, author, now));
        this.state = NegotiationState.CLOSED;
        this.updatedAt = now;
    }

    private void requireOpen(String action) {
        if (!state.isOpen()) {
            throw illegal(action);
        }
    }

    private ConflictException illegal(String action) {
        return new ConflictException("market.negotiation.transition", "market.negotiation.transition", action, state);
    }

    /** Returns the side the organisation takes in this negotiation, or null when it takes no part. */
    public Side sideOf(Long organizationId) {
        if (buyerOrganizationId.equals(organizationId)) {
            return Side.BUYER;
        }
        return sellerOrganizationId.equals(organizationId) ? Side.SELLER : null;
    }

    /** Returns whether an offer of the other side is pending, so that the given side may reply to it now. */
    public boolean awaitsAnswerFrom(Side side) {
        return state == NegotiationState.OFFER_PENDING && pendingSide != null && pendingSide != side;
    }

    public Long getId() { return id; }
    public Long getListingId() { return listingId; }
    public Long getBuyerOrganizationId() { return buyerOrganizationId; }
    public Long getSellerOrganizationId() { return sellerOrganizationId; }
    public NegotiationState getState() { return state; }
    public Money getPendingPrice() { return pendingPrice == null ? null : Money.of(pendingPrice); }
    public Side getPendingSide() { return pendingSide; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
    public List<NegotiationEntry> getEntries() { return List.copyOf(entries); }
}
