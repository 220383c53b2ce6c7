package cn.ipfin.ipasset;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * One IP right in the registry (知识产权登记信息): a patent, trademark or software copyright with its owners,
 * dates, classification and legal status.
 *
 * <p>Title, owners and abstract are indexed twice: by Chinese words ({@code chinese_words}) and by character
 * bigrams ({@code chinese_bigram}), so that whole words rank well and any two-character part still matches.
 */
@Entity
@Table(name = "ip_asset")
@Indexed(index = "ip_asset")
public class IpAsset {

    static final String OWNER_SEPARATOR = "；";

    // Ids come from the column's sequence in blocks of 50 (pooled-lo, see application.yml), so that an import
    // inserts its rows in JDBC batches. An identity column would force one round trip per row.
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ip_asset_id")
    @SequenceGenerator(name = "ip_asset_id", sequenceName = "ip_asset_id_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IpKind.Registry registry;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @KeywordField
    private IpKind kind;

    @Column(nullable = false)
    @KeywordField(normalizer = "folded", projectable = Projectable.YES)
    private String number;

    @Column(name = "foreign_number", nullable = false)
    private boolean foreignNumber;

    @Column(nullable = false)
    private String office;

    @Column(nullable = false)
    @FullTextField(name = "title", analyzer = "chinese_words", termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @FullTextField(name = "title_bigram", analyzer = "chinese_bigram_index", searchAnalyzer = "chinese_bigram",
            highlightable = Highlightable.ANY, projectable = Projectable.YES)
    private String title;

    @Column(name = "title_en")
    private String titleEn;

    @Column(name = "abstract_text")
    @FullTextField(name = "abstract_bigram", analyzer = "chinese_bigram_index", searchAnalyzer = "chinese_bigram")
    private String abstractText;

    @Column(nullable = false)
    @FullTextField(name = "owners", analyzer = "chinese_words")
    @FullTextField(name = "owners_bigram", analyzer = "chinese_bigram_index", searchAnalyzer = "chinese_bigram",
            highlightable = Highlightable.ANY, projectable = Projectable.YES)
    private String owners;

    @Column(name = "owner_keys", nullable = false)
    private String ownerKeys;

    @Column(name = "owner_organization_id")
    @GenericField
    private Long ownerOrganizationId;

    @Column(name = "source_organization_id")
    private Long sourceOrganizationId;

    private String inventors;

    @Column(name = "publication_number")
    private String publicationNumber;

    @Column(name = "filing_date")
    @GenericField(sortable = Sortable.YES)
    private LocalDate filingDate;

    @Column(name = "publication_date")
    private LocalDate publicationDate;

    @Column(name = "grant_date")
    private LocalDate grantDate;

    private String classification;

    @Column(name = "main_classification")
    private String mainClassification;

    @Column(name = "claims_count")
    private Integer claimsCount;

    @Column(name = "family_size")
    private Integer familySize;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_status", nullable = false)
    @KeywordField
    private LegalStatus legalStatus;

    @Column(name = "legal_status_text")
    private String legalStatusText;

    @Column(nullable = false)
    private String source;

    @GenericField
    private boolean pledged;

    @Enumerated(EnumType.STRING)
    @Column(name = "annual_fee_status", nullable = false)
    private AnnualFeeStatus annualFeeStatus = AnnualFeeStatus.UNKNOWN;

    @Column(name = "invalidation_pending", nullable = false)
    private boolean invalidationPending;

    private boolean frozen;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    @GenericField(sortable = Sortable.YES)
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "asset", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("recordedAt asc, id asc")
    private List<LegalStatusEvent> statusHistory = new ArrayList<>();

    protected IpAsset() {
    }

    IpAsset(IpKind kind, String number, boolean foreignNumber, String office, String source, Instant now) {
        this.kind = kind;
        this.registry = kind.registry();
        this.number = number;
        this.foreignNumber = foreignNumber;
        this.office = office;
        this.source = source;
        this.createdAt = now;
        this.updatedAt = now;
        this.legalStatus = LegalStatus.UNKNOWN;
    }

    /** Replaces the descriptive data with newer data for the same number, as a re-import does. */
    void describe(IpAssetData data, Instant now) {
        this.kind = data.kind();
        this.title = data.title();
        this.titleEn = data.titleEn();
        this.abstractText = data.abstractText();
        this.owners = String.join(OWNER_SEPARATOR, data.owners());
        this.ownerKeys = OwnerKeys.join(data.owners());
        this.inventors = data.inventors().isEmpty() ? null : String.join(OWNER_SEPARATOR, data.inventors());
        this.publicationNumber = data.publicationNumber();
        this.filingDate = data.filingDate();
        this.publicationDate = data.publicationDate();
        this.grantDate = data.grantDate();
        this.classification = data.classifications().isEmpty() ? null : String.join("; ", data.classifications());
        this.mainClassification = data.mainClassification();
        this.claimsCount = data.claimsCount();
        this.familySize = data.familySize();
        this.updatedAt = now;
    }

    /**
     * Updates the record with newer data for the same number, keeping every value the new data leaves empty, so
     * a short list never erases details that a fuller export brought in.
     */
    void merge(IpAssetData data, Instant now) {
        this.kind = data.kind();
        this.title = data.title();
        this.titleEn = firstNonNull(data.titleEn(), titleEn);
        this.abstractText = firstNonNull(data.abstractText(), abstractText);
        if (!data.owners().isEmpty()) {
            this.owners = String.join(OWNER_SEPARATOR, data.owners());
            this.ownerKeys = OwnerKeys.join(data.owners());
        }
        if (!data.inventors().isEmpty()) {
            this.inventors = String.join(OWNER_SEPARATOR, data.inventors());
        }
        this.publicationNumber = firstNonNull(data.publicationNumber(), publicationNumber);
        this.filingDate = firstNonNull(data.filingDate(), filingDate);
        this.publicationDate = firstNonNull(data.publicationDate(), publicationDate);
        this.grantDate = firstNonNull(data.grantDate(), grantDate);
        if (!data.classifications().isEmpty()) {
            this.classification = String.join("; ", data.classifications());
        }
        this.mainClassification = firstNonNull(data.mainClassification(), mainClassification);
        this.claimsCount = firstNonNull(data.claimsCount(), claimsCount);
        this.familySize = firstNonNull(data.familySize(), familySize);
        this.updatedAt = now;
    }

    private static <T> T firstNonNull(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }

    /** Returns whether an import by the organisation may update this record: its owner or the one that created it. */
    boolean updatableBy(Long organizationId) {
        return organizationId.equals(ownerOrganizationId)
                || ownerOrganizationId == null && organizationId.equals(sourceOrganizationId);
    }

    void recordSource(Long organizationId) {
        if (sourceOrganizationId == null) {
            this.sourceOrganizationId = organizationId;
        }
    }

    /** Records a new legal status in the history when it differs from the current one. */
    boolean changeLegalStatus(LegalStatus status, String text, LocalDate effectiveDate, String recordedBy,
            Instant now) {
        if (status == legalStatus && java.util.Objects.equals(text, legalStatusText)) {
            return false;
        }
        this.legalStatus = status;
        this.legalStatusText = text;
        this.updatedAt = now;
        statusHistory.add(new LegalStatusEvent(this, status, text, effectiveDate, recordedBy, now));
        return true;
    }

    /**
     * Applies a legal-status event from a feed: records it in the history, moves the legal status when the
     * event changes it and updates the facts the pledge checks read (annual fees, invalidation, pledge).
     *
     * @return false when the history already records this event on this date, so nothing changed
     */
    boolean applyFeedEvent(LegalStatusEventKind eventKind, String text, LocalDate eventDate, String recordedBy,
            Instant now) {
        if (statusHistory.stream().anyMatch(entry -> entry.records(eventKind, eventDate))) {
            return false;
        }
        if (eventKind.resultingStatus() != null) {
            this.legalStatus = eventKind.resultingStatus();
            this.legalStatusText = text;
        }
        switch (eventKind) {
            case LAPSED_UNPAID_FEE -> this.annualFeeStatus = AnnualFeeStatus.UNPAID;
            case RESTORED -> this.annualFeeStatus = AnnualFeeStatus.PAID;
            case INVALIDATION_REQUESTED -> this.invalidationPending = true;
            case INVALIDATED -> this.invalidationPending = false;
            case PLEDGE_REGISTERED -> this.pledged = true;
            default -> {
            }
        }
        this.updatedAt = now;
        statusHistory.add(new LegalStatusEvent(this, legalStatus, eventKind, text, eventDate, recordedBy, now));
        return true;
    }

    void markPledged(boolean pledged, Instant now) {
        this.pledged = pledged;
        this.updatedAt = now;
    }

    /** Returns the facts the pledge checks read. */
    public PledgeFacts pledgeFacts() {
        return new PledgeFacts(number, kind, legalStatus, ownerOrganizationId, getOwnerList().size(),
                getExpiryDate(), pledged, annualFeeStatus, frozen, invalidationPending);
    }

    void assignOwnerOrganization(Long organizationId) {
        this.ownerOrganizationId = organizationId;
    }

    /** The IPC section (A–H) of the main classification, for the section filter of the search. */
    @KeywordField(name = "ipcSection")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "mainClassification")),
            reindexOnUpdate = ReindexOnUpdate.DEFAULT)
    public String getIpcSection() {
        if (!kind.isPatent() || mainClassification == null || mainClassification.isBlank()) {
            return null;
        }
        char section = Character.toUpperCase(mainClassification.trim().charAt(0));
        return section >= 'A' && section <= 'H' ? String.valueOf(section) : null;
    }

    /** Returns the statutory expiry date for patents: 20 years for inventions, 10 for utility models, 15 for designs. */
    public LocalDate getExpiryDate() {
        return StatutoryTerm.expiryDate(kind, filingDate);
    }

    public List<String> getOwnerList() {
        return owners == null || owners.isBlank() ? List.of() : List.of(owners.split(OWNER_SEPARATOR));
    }

    public Long getId() {
        return id;
    }

    public IpKind getKind() {
        return kind;
    }

    public String getNumber() {
        return number;
    }

    public boolean isForeignNumber() {
        return foreignNumber;
    }

    public String getOffice() {
        return office;
    }

    public String getTitle() {
        return title;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getAbstractText() {
        return abstractText;
    }

    public String getOwners() {
        return owners;
    }

    String getOwnerKeys() {
        return ownerKeys;
    }

    public Long getOwnerOrganizationId() {
        return ownerOrganizationId;
    }

    public String getInventors() {
        return inventors;
    }

    public String getPublicationNumber() {
        return publicationNumber;
    }

    public LocalDate getFilingDate() {
        return filingDate;
    }

    public LocalDate getPublicationDate() {
        return publicationDate;
    }

    public LocalDate getGrantDate() {
        return grantDate;
    }

    public String getClassification() {
        return classification;
    }

    public String getMainClassification() {
        return mainClassification;
    }

    public Integer getClaimsCount() {
        return claimsCount;
    }

    public Integer getFamilySize() {
        return familySize;
    }

    public LegalStatus getLegalStatus() {
        return legalStatus;
    }

    public String getLegalStatusText() {
        return legalStatusText;
    }

    public boolean isPledged() {
        return pledged;
    }

    public AnnualFeeStatus getAnnualFeeStatus() {
        return annualFeeStatus;
    }

    public String getSource() {
        return source;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<LegalStatusEvent> getStatusHistory() {
        return List.copyOf(statusHistory);
    }
}
