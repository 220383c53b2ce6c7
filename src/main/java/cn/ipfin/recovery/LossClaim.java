package cn.ipfin.recovery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.ipfin.core.error.BusinessRuleException;
import cn.ipfin.core.error.ConflictException;
import cn.ipfin.core.money.Money;
import cn.ipfin.product.RiskParty;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One party's share of a default loss (损失分担) and the claim that it pays it. */
@Entity
@Table(name = "loss_claim")
public class LossClaim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private DefaultCase defaultCase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RiskParty party;

    @Column(name = "payer_org_id")
    private Long payerOrganizationId;

    @Column(name = "share_percent", nullable = false)
    private BigDecimal sharePercent;

    @Column(nullable = false)
    private BigDecimal amount;

    private BigDecimal recovered;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClaimStatus status;

    @Column(name = "recommended_by")
    private String recommendedBy;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decision_note")
    private String decisionNote;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "payment_reference")
    private String paymentReference;

    @Column(nullable = false)
    private int position;

    @Version
    private long version;

    protected LossClaim() {
    }

    LossClaim(DefaultCase defaultCase, RiskParty party, Long payerOrganizationId, BigDecimal sharePercent,
            Money amount, int position) {
        this.defaultCase = defaultCase;
        this.party = party;
        this.payerOrganizationId = payerOrganizationId;
        this.sharePercent = sharePercent;
        this.amount = amount.amount();
        this.position = position;
        this.status = party == RiskParty.BANK || amount.isZero() ? ClaimStatus.BORNE : ClaimStatus.PENDING;
    }

    void recommend(String username) {
        move(ClaimStatus.RECOMMENDED, ClaimStatus.PENDING);
        this.recommendedBy = username;
    }

    void approve(String username, String note) {
        requireSecondUser(username);
        move(ClaimStatus.APPROVED, ClaimStatus.RECOMMENDED);
        this.decidedBy = username;
        this.decisionNote = note;
    }

    void reject(String username, String reason) {
        requireSecondUser(username);
        move(ClaimStatus.REJECTED, ClaimStatus.RECOMMENDED);
        this.decidedBy = username;
        this.decisionNote = reason;
    }

    void pay(LocalDate on, String reference) {
        move(ClaimStatus.PAID, ClaimStatus.APPROVED);
        this.paidOn = on;
        this.paymentReference = reference;
    }

    void recordRecovery(Money part) {
        this.recovered = part.amount();
    }

    /** Returns whether this party actually bore its share: the bank always, others once they have paid. */
    boolean bore() {
        return status == ClaimStatus.BORNE || status == ClaimStatus.PAID;
    }

    private void requireSecondUser(String username) {
        if (username.equals(recommendedBy)) {
            throw new BusinessRuleException("recovery.claim.same-user", "recovery.claim.sameUser");
        }
    }

    private void move(ClaimStatus target, ClaimStatus... allowedFrom) {
        if (!List.of(allowedFrom).contains(status)) {
            throw new ConflictException("recovery.claim.illegal", "recovery.claim.illegal", status, target);
        }
        this.status = target;
    }

    public Long getId() { return id; }
    public DefaultCase getDefaultCase() { return defaultCase; }
    public RiskParty getParty() { return party; }
    public Long getPayerOrganizationId() { return payerOrganizationId; }
    public BigDecimal getSharePercent() { return sharePercent.stripTrailingZeros(); }
    public Money getAmount() { return Money.of(amount); }
    public Money getRecovered() { return recovered == null ? null : Money.of(recovered); }
    public ClaimStatus getStatus() { return status; }
    public String getRecommendedBy() { return recommendedBy; }
    public String getDecidedBy() { return decidedBy; }
    public String getDecisionNote() { return decisionNote; }
    public LocalDate getPaidOn() { return paidOn; }
    public String getPaymentReference() { return paymentReference; }
    public int getPosition() { return position; }
    public long getVersion() { return version; }
}
