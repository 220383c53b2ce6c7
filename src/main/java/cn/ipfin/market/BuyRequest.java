package cn.ipfin.market;

import java.math.BigDecimal;
import java.time.Instant;

import cn.ipfin.core.error.ConflictException;
import cn.ipfin.core.money.Money;
import cn.ipfin.ipasset.IpKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A buy request (求购): the IP type, field keywords, industry and budget range an organisation is looking for. */
@Entity
@Table(name = "market_buy_request")
public class BuyRequest {

    /** Whether the request still looks for listings. */
    public enum Status {
        OPEN, CLOSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "org_id", nullable = false)
    private Long organizationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "ip_kind")
    private IpKind ipKind;

    @Column(name = "industry_code")
    private String industryCode;

    @Column(nullable = false)
    private String keywords;

    @Column(name = "budget_min")
    private BigDecimal budgetMin;

    @Column(name = "budget_max")
    private BigDecimal budgetMax;

    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected BuyRequest() {
    }

    BuyRequest(Long organizationId, BuyRequestDraft draft, String createdBy, Instant now) {
        this.organizationId = organizationId;
        this.ipKind = draft.ipKind();
        this.industryCode = draft.industryCode();
        this.keywords = draft.keywords().trim();
        this.budgetMin = draft.budgetMin() == null ? null : draft.budgetMin().amount();
        this.budgetMax = draft.budgetMax() == null ? null : draft.budgetMax().amount();
        this.note = draft.note();
        this.status = Status.OPEN;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void close() {
        if (status != Status.OPEN) {
            throw new ConflictException("market.buyRequest.closed", "market.buyRequest.closed", id);
        }
        this.status = Status.CLOSED;
    }

    ListingMatchCalculator.Criteria criteria() {
        return new ListingMatchCalculator.Criteria(ipKind, industryCode, keywords, getBudgetMax());
    }

    public Long getId() { return id; }
    public Long getOrganizationId() { return organizationId; }
    public IpKind getIpKind() { return ipKind; }
    public String getIndustryCode() { return industryCode; }
    public String getKeywords() { return keywords; }
    public Money getBudgetMin() { return budgetMin == null ? null : Money.of(budgetMin); }
    public Money getBudgetMax() { return budgetMax == null ? null : Money.of(budgetMax); }
    public String getNote() { return note; }
    public Status getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
