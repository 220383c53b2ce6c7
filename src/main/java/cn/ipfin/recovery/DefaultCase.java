package cn.ipfin.recovery;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.ipfin.core.error.ConflictException;
import cn.ipfin.core.money.Money;
import cn.ipfin.product.RiskParty;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A defaulted loan (违约贷款) from the lender's declaration to the close of its disposal: the exposure on the day
 * of default, the loss after earlier recoveries, each party's claim, the sale of the pledged IP and where its
 * proceeds went.
 */
@Entity
@Table(name = "default_case")
public class DefaultCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "loan_id", nullable = false, updatable = false)
    private Long loanId;

    @Column(name = "lender_org_id", nullable = false, updatable = false)
    private Long lenderOrganizationId;

    @Column(name = "borrower_org_id", nullable = false, updatable = false)
    private Long borrowerOrganizationId;

    @Column(name = "financing_model_code")
    private String financingModelCode;

    @Column(name = "declared_on", nullable = false)
    private LocalDate declaredOn;

    @Column(name = "days_past_due", nullable = false)
    private int daysPastDue;

    @Column(name = "outstanding_principal", nullable = false)
    private BigDecimal outstandingPrincipal;

    @Column(name = "accrued_interest", nullable = false)
    private BigDecimal accruedInterest;

    @Column(name = "accrued_penalty", nullable = false)
    private BigDecimal accruedPenalty;

    @Column(name = "prior_recoveries", nullable = false)
    private BigDecimal priorRecoveries;

    @Column(name = "loss_amount", nullable = false)
    private BigDecimal lossAmount;

    /** NOTE: only cases started before disposals went through the market carry a free-text reference. */
    @Column(name = "disposal_listing_ref")
    private String disposalListingReference;

    @Column(name = "disposal_listing_id")
    private Long disposalListingId;

    @Column(name = "disposal_asset_id")
    private Long disposalAssetId;

    @Column(name = "proceeds_deal_id")
    private Long proceedsDealId;

    private BigDecimal proceeds;

    @Column(name = "proceeds_on")
    private LocalDate proceedsOn;

    @Column(name = "proceeds_reference")
    private String proceedsReference;

    @Column(name = "pledgor_surplus")
    private BigDecimal pledgorSurplus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status;

    @Column(nullable = false)
    private String reason;

    @Column(name = "declared_by", nullable = false)
    private String declaredBy;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Version
    private long version;

    @OneToMany(mappedBy = "defaultCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<LossClaim> claims = new ArrayList<>();

    @OneToMany(mappedBy = "defaultCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("occurredAt, id")
    private List<RecoveryEvent> events = new ArrayList<>();

    protected DefaultCase() {
    }

    DefaultCase(Long loanId, Long lenderOrganizationId, Long borrowerOrganizationId, String financingModelCode,
            LocalDate declaredOn, int daysPastDue, Money outstandingPrincipal, Money accruedInterest,
            Money accruedPenalty, Money priorRecoveries, String reason, String declaredBy) {
        this.loanId = loanId;
        this.lenderOrganizationId = lenderOrganizationId;
        this.borrowerOrganizationId = borrowerOrganizationId;
        this.financingModelCode = financingModelCode;
        this.declaredOn = declaredOn;
        this.daysPastDue = daysPastDue;
        this.outstandingPrincipal = outstandingPrincipal.amount();
        this.accruedInterest = accruedInterest.amount();
        this.accruedPenalty = accruedPenalty.amount();
        this.priorRecoveries = priorRecoveries.amount();
        this.lossAmount = lossOf(outstandingPrincipal, accruedInterest, accruedPenalty, priorRecoveries).amount();
        this.reason = reason;
        this.declaredBy = declaredBy;
        this.status = CaseStatus.OPEN;
    }

    /**
     * Returns the loss on default: outstanding principal plus accrued interest and penalty, less what was already
     * recovered, and zero when the recoveries cover it all.
     */
    public static Money lossOf(Money principal, Money interest, Money penalty, Money recoveries) {
        Money loss = principal.plus(interest).plus(penalty).minus(recoveries);
        return loss.isNegative() ? Money.ZERO : loss;
    }

    LossClaim addClaim(RiskParty party, Long payerOrganizationId, BigDecimal sharePercent, Money amount) {
        LossClaim claim = new LossClaim(this, party, payerOrganizationId, sharePercent, amount, claims.size());
        claims.add(claim);
        return claim;
    }

    void record(String action, RiskParty party, String actor, Long actorOrganizationId, String note, Instant now) {
        events.add(new RecoveryEvent(this, action, party, actor, actorOrganizationId, note, now));
    }

    void startDisposal(Long listingId, Long assetId) {
        requireStatus(CaseStatus.OPEN, "disposal");
        this.disposalListingId = listingId;
        this.disposalAssetId = assetId;
        this.status = CaseStatus.DISPOSING;
    }

    /** Links a new listing after the previous one was rejected or withdrawn without a sale. */
    void relistDisposal(Long listingId, Long assetId) {
        requireStatus(CaseStatus.DISPOSING, "disposal");
        this.disposalListingId = listingId;
        this.disposalAssetId = assetId;
    }

    /** Records that the proceeds come from the contract of a market deal on the case's listing. */
    void recordDeal(Long dealId) {
        requireStatus(CaseStatus.DISPOSING, "proceeds");
        this.proceedsDealId = dealId;
    }

    /** Records the sale proceeds, shares them over the losses the parties bore, and closes the case. */
    void close(Money saleProceeds, LocalDate on, String reference, RecoveryAllocationCalculator calculator) {
        requireStatus(CaseStatus.DISPOSING, "proceeds");
        List<LossClaim> bearing = claims.stream().filter(LossClaim::bore).toList();
        RecoveryAllocationCalculator.Allocation allocation = calculator.allocate(saleProceeds,
                bearing.stream().map(LossClaim::getAmount).toList());
        for (int i = 0; i < bearing.size(); i++) {
            bearing.get(i).recordRecovery(allocation.parts().get(i));
        }
        this.proceeds = saleProceeds.amount();
        this.proceedsOn = on;
        this.proceedsReference = reference;
        this.pledgorSurplus = allocation.surplus().amount();
        this.status = CaseStatus.CLOSED;
        this.closedOn = on;
    }

    /** Returns whether every party other than the bank has paid or been refused, so the IP may be sold. */
    public boolean claimsSettled() {
        return claims.stream().allMatch(claim -> claim.getStatus() == ClaimStatus.PAID
                || claim.getStatus() == ClaimStatus.BORNE || claim.getStatus() == ClaimStatus.REJECTED);
    }

    public boolean involves(Long organizationId) {
        return lenderOrganizationId.equals(organizationId) || borrowerOrganizationId.equals(organizationId)
                || claims.stream().anyMatch(claim -> organizationId.equals(claim.getPayerOrganizationId()));
    }

    private void requireStatus(CaseStatus expected, String action) {
        if (status != expected) {
            throw new ConflictException("recovery.case.illegal", "recovery.case.illegal", action, status);
        }
    }

    public Long getId() { return id; }
    public Long getLoanId() { return loanId; }
    public Long getLenderOrganizationId() { return lenderOrganizationId; }
    public Long getBorrowerOrganizationId() { return borrowerOrganizationId; }
    public String getFinancingModelCode() { return financingModelCode; }
    public LocalDate getDeclaredOn() { return declaredOn; }
    public int getDaysPastDue() { return daysPastDue; }
    public Money getOutstandingPrincipal() { return Money.of(outstandingPrincipal); }
    public Money getAccruedInterest() { return Money.of(accruedInterest); }
    public Money getAccruedPenalty() { return Money.of(accruedPenalty); }
    public Money getPriorRecoveries() { return Money.of(priorRecoveries); }
    public Money getLossAmount() { return Money.of(lossAmount); }
    public String getDisposalListingReference() { return disposalListingReference; }
    public Long getDisposalListingId() { return disposalListingId; }
    public Long getDisposalAssetId() { return disposalAssetId; }
    public Long getProceedsDealId() { return proceedsDealId; }
    public Money getProceeds() { return proceeds == null ? null : Money.of(proceeds); }
    public LocalDate getProceedsOn() { return proceedsOn; }
    public String getProceedsReference() { return proceedsReference; }
    public Money getPledgorSurplus() { return pledgorSurplus == null ? null : Money.of(pledgorSurplus); }
    public CaseStatus getStatus() { return status; }
    public String getReason() { return reason; }
    public String getDeclaredBy() { return declaredBy; }
    public LocalDate getClosedOn() { return closedOn; }
    public long getVersion() { return version; }
    public List<LossClaim> getClaims() { return List.copyOf(claims); }
    public List<RecoveryEvent> getEvents() {
        return events.stream().sorted(Comparator.comparing(RecoveryEvent::getOccurredAt)).toList();
    }
}
