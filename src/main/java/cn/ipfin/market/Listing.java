package cn.ipfin.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

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

/**
 * A listing of one IP right on the market (挂牌). The asset's number, title, kind and classification are copied
 * at listing time so that searching the market never reads the registry's tables.
 */
@Entity
@Table(name = "market_listing")
public class Listing {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "asset_id", nullable = false)
    private Long assetId;

    @Column(name = "asset_number", nullable = false)
    private String assetNumber;

    @Column(name = "asset_title", nullable = false)
    private String assetTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "ip_kind", nullable = false)
    private IpKind ipKind;

    @Column(name = "ipc_section")
    private String ipcSection;

    @Column(name = "industry_code")
    private String industryCode;

    @Column(name = "lister_org_id", nullable = false)
    private Long listerOrganizationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "listing_type", nullable = false)
    private ListingType listingType;

    @Enumerated(EnumType.STRING)
    @Column(name = "price_mode", nullable = false)
    private PriceMode priceMode;

    @Column(name = "asking_price")
    private BigDecimal askingPrice;

    @Column(nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ListingStatus status;

    @Column(name = "pledgee_org_id")
    private Long pledgeeOrganizationId;

    @Column(name = "consent_by")
    private String consentBy;

    @Column(name = "consent_at")
    private Instant consentAt;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "review_note")
    private String reviewNote;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Listing() {
    }

    Listing(ListedAsset asset, Long listerOrganizationId, ListingDraft draft, Long pledgeeOrganizationId,
            boolean consentNeeded, String createdBy, Instant now) {
        this.assetId = asset.id();
        this.assetNumber = asset.number();
        this.assetTitle = asset.title();
        this.ipKind = asset.kind();
        this.ipcSection = asset.ipcSection();
        this.industryCode = draft.industryCode();
        this.listerOrganizationId = listerOrganizationId;
        this.listingType = draft.listingType();
        this.priceMode = draft.priceMode();
        this.askingPrice = draft.askingPrice() == null ? null : draft.askingPrice().amount();
        this.description = draft.description().trim();
        this.pledgeeOrganizationId = pledgeeOrganizationId;
        this.status = consentNeeded ? ListingStatus.AWAITING_CONSENT : ListingStatus.PENDING_REVIEW;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void recordConsent(String username, Instant now) {
        move("consent", ListingStatus.PENDING_REVIEW, now, ListingStatus.AWAITING_CONSENT);
        this.consentBy = username;
        this.consentAt = now;
    }

    /** Records the pledgee's consent given by listing a disposal sale itself; the status stays as it is. */
    void recordPledgeeConsent(String username, Instant now) {
        this.consentBy = username;
        this.consentAt = now;
        this.updatedAt = now;
    }

    void approve(String reviewer, String note, Instant now) {
        move("approve", ListingStatus.PUBLISHED, now, ListingStatus.PENDING_REVIEW);
        this.reviewedBy = reviewer;
        this.reviewNote = note;
    }

    void reject(String reviewer, String note, Instant now) {
        move("reject", ListingStatus.REJECTED, now, ListingStatus.PENDING_REVIEW);
        this.reviewedBy = reviewer;
        this.reviewNote = note;
    }

    void withdraw(Instant now) {
        move("withdraw", ListingStatus.WITHDRAWN, now, ListingStatus.AWAITING_CONSENT, ListingStatus.PENDING_REVIEW,
                ListingStatus.PUBLISHED);
    }

    /** Marks the listing sold when its type allows only one deal; a non-exclusive licence stays published. */
    void recordDeal(Instant now) {
        if (listingType.endsWithOneDeal()) {
            move("sell", ListingStatus.SOLD, now, ListingStatus.PUBLISHED);
        }
    }

    private void move(String action, ListingStatus target, Instant now, ListingStatus... allowedFrom) {
        if (!List.of(allowedFrom).contains(status)) {
            throw new ConflictException("market.listing.transition", "market.listing.transition", action, status);
        }
        this.status = target;
        this.updatedAt = now;
    }

    /** Returns whether the organisation may see the listing before it is public: the lister or the pledgee. */
    public boolean involves(Long organizationId) {
        return organizationId != null && (organizationId.equals(listerOrganizationId)
                || organizationId.equals(pledgeeOrganizationId));
    }

    public Long getId() { return id; }
    public Long getAssetId() { return assetId; }
    public String getAssetNumber() { return assetNumber; }
    public String getAssetTitle() { return assetTitle; }
    public IpKind getIpKind() { return ipKind; }
    public String getIpcSection() { return ipcSection; }
    public String getIndustryCode() { return industryCode; }
    public Long getListerOrganizationId() { return listerOrganizationId; }
    public ListingType getListingType() { return listingType; }
    public PriceMode getPriceMode() { return priceMode; }
    public Money getAskingPrice() { return askingPrice == null ? null : Money.of(askingPrice); }
    public String getDescription() { return description; }
    public ListingStatus getStatus() { return status; }
    public Long getPledgeeOrganizationId() { return pledgeeOrganizationId; }
    public String getConsentBy() { return consentBy; }
    public Instant getConsentAt() { return consentAt; }
    public String getReviewedBy() { return reviewedBy; }
    public String getReviewNote() { return reviewNote; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
