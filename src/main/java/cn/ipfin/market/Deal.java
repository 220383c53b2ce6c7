package cn.ipfin.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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
 * A deal on the market (成交), agreed in a negotiation or won at auction, tracked through the contract and the
 * CNIPA registration of the transfer or licence.
 */
@Entity
@Table(name = "market_deal")
public class Deal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "listing_id", nullable = false)
    private Long listingId;

    @Column(name = "negotiation_id")
    private Long negotiationId;

    @Column(name = "auction_id")
    private Long auctionId;

    @Column(name = "seller_org_id", nullable = false)
    private Long sellerOrganizationId;

    @Column(name = "buyer_org_id", nullable = false)
    private Long buyerOrganizationId;

    @Column(nullable = false)
    private BigDecimal price;

    /** The winner's auction deposit applied to the price, or zero for a negotiated deal. */
    @Column(name = "deposit_applied", nullable = false)
    private BigDecimal depositApplied;

    @Column(name = "balance_due", nullable = false)
    private BigDecimal balanceDue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DealState state;

    @Column(name = "contract_number")
    private String contractNumber;

    @Column(name = "contract_date")
    private LocalDate contractDate;

    @Column(name = "contract_price")
    private BigDecimal contractPrice;

    @Column(name = "transfer_submitted_on")
    private LocalDate transferSubmittedOn;

    @Column(name = "registration_number")
    private String registrationNumber;

    @Column(name = "registered_on")
    private LocalDate registeredOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Deal() {
    }

    private Deal(Long listingId, Long negotiationId, Long auctionId, Long sellerOrganizationId,
            Long buyerOrganizationId, Money price, Instant now) {
        this.listingId = listingId;
        this.negotiationId = negotiationId;
        this.auctionId = auctionId;
        this.sellerOrganizationId = sellerOrganizationId;
        this.buyerOrganizationId = buyerOrganizationId;
        this.price = price.amount();
        this.depositApplied = Money.ZERO.amount();
        this.balanceDue = price.amount();
        this.state = DealState.AGREED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    static Deal negotiated(Negotiation negotiation, Money price, Instant now) {
        return new Deal(negotiation.getListingId(), negotiation.getId(), null, negotiation.getSellerOrganizationId(),
                negotiation.getBuyerOrganizationId(), price, now);
    }

    static Deal auctioned(Auction auction, Long sellerOrganizationId, Instant now) {
        return new Deal(auction.getListingId(), null, auction.getId(), sellerOrganizationId,
                auction.getLeadingOrganizationId(), auction.getCurrentPrice(), now);
    }

    /** Records the auction deposit that pays part of the price, so the buyer owes only the rest. */
    void applyDeposit(Money deposit) {
        if (deposit.compareTo(Money.ZERO) < 0 || deposit.compareTo(getPrice()) > 0) {
            throw new IllegalArgumentException("Deposit " + deposit + " outside 0.." + getPrice());
        }
        this.depositApplied = deposit.amount();
        this.balanceDue = price.subtract(deposit.amount());
    }

    void recordContract(String number, LocalDate date, Money contractPrice, Instant now) {
        move("contract", DealState.CONTRACTED, now, DealState.AGREED);
        this.contractNumber = number;
        this.contractDate = date;
        this.contractPrice = contractPrice.amount();
    }

    void recordTransferSubmission(LocalDate on, Instant now) {
        move("submit-transfer", DealState.TRANSFER_SUBMITTED, now, DealState.CONTRACTED);
        this.transferSubmittedOn = on;
    }

    void recordRegistration(String number, LocalDate on, Instant now) {
        move("register-transfer", DealState.REGISTERED, now, DealState.TRANSFER_SUBMITTED);
        this.registrationNumber = number;
        this.registeredOn = on;
    }

    private void move(String action, DealState target, Instant now, DealState... allowedFrom) {
        if (!List.of(allowedFrom).contains(state)) {
            throw new ConflictException("market.deal.transition", "market.deal.transition", action, state);
        }
        this.state = target;
        this.updatedAt = now;
    }

    public boolean involves(Long organizationId) {
        return sellerOrganizationId.equals(organizationId) || buyerOrganizationId.equals(organizationId);
    }

    public Long getId() { return id; }
    public Long getListingId() { return listingId; }
    public Long getNegotiationId() { return negotiationId; }
    public Long getAuctionId() { return auctionId; }
    public Long getSellerOrganizationId() { return sellerOrganizationId; }
    public Long getBuyerOrganizationId() { return buyerOrganizationId; }
    public Money getPrice() { return Money.of(price); }
    public Money getDepositApplied() { return Money.of(depositApplied); }
    public Money getBalanceDue() { return Money.of(balanceDue); }
    public DealState getState() { return state; }
    public String getContractNumber() { return contractNumber; }
    public LocalDate getContractDate() { return contractDate; }
    public Money getContractPrice() { return contractPrice == null ? null : Money.of(contractPrice); }
    public LocalDate getTransferSubmittedOn() { return transferSubmittedOn; }
    public String getRegistrationNumber() { return registrationNumber; }
    public LocalDate getRegisteredOn() { return registeredOn; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
