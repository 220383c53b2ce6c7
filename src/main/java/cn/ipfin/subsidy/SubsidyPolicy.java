package cn.ipfin.subsidy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

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
 * One dated version of an interest subsidy policy (贴息政策). A policy is the set of versions that share a
 * {@code code}; an edit never changes a version that claims may use, it adds the next one and ends the previous
 * one the day before the new one takes effect.
 */
@Entity
@Table(name = "subsidy_policy")
public class SubsidyPolicy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String code;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String region;

    private String description;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "rate_cap_kind", nullable = false)
    private RateCapKind rateCapKind;

    @Column(name = "rate_cap_multiple")
    private BigDecimal rateCapMultiple;

    @Column(name = "rate_cap_spread")
    private BigDecimal rateCapSpread;

    @Column(name = "tech_sme_required", nullable = false)
    private boolean techSmeRequired;

    @Column(name = "max_term_months")
    private Integer maxTermMonths;

    @Column(name = "max_loan_amount")
    private BigDecimal maxLoanAmount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SubsidyBase base;

    @Column(name = "base_rate")
    private BigDecimal baseRate;

    @Column(nullable = false)
    private BigDecimal share;

    @Column(name = "guaranteed_share")
    private BigDecimal guaranteedShare;

    @Column(name = "annual_cap")
    private BigDecimal annualCap;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PolicyStatus status;

    @Column(nullable = false)
    private boolean editable;

    @Column(name = "change_note")
    private String changeNote;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected SubsidyPolicy() {
    }

    private SubsidyPolicy(SubsidyPolicy previous, PolicyDraft draft, String username, Instant now) {
        this.code = previous.code;
        this.versionNumber = previous.versionNumber + 1;
        this.editable = previous.editable;
        this.name = draft.name().strip();
        this.region = draft.region().strip();
        this.description = draft.description() == null || draft.description().isBlank() ? null
                : draft.description().strip();
        this.effectiveFrom = draft.effectiveFrom();
        this.effectiveTo = draft.effectiveTo();
        this.rateCapKind = draft.rateCapKind();
        this.rateCapMultiple = draft.rateCapKind() == RateCapKind.LPR_MULTIPLE ? draft.rateCapMultiple() : null;
        this.rateCapSpread = draft.rateCapKind() == RateCapKind.LPR_PLUS_SPREAD ? draft.rateCapSpread() : null;
        this.techSmeRequired = draft.techSmeRequired();
        this.maxTermMonths = draft.maxTermMonths();
        this.maxLoanAmount = draft.maxLoanAmount() == null ? null : draft.maxLoanAmount().amount();
        this.base = draft.base();
        this.baseRate = draft.base() == SubsidyBase.PRINCIPAL_TIMES_RATE ? draft.baseRate() : null;
        this.share = draft.share();
        this.guaranteedShare = draft.guaranteedShare();
        this.annualCap = draft.annualCap() == null ? null : draft.annualCap().amount();
        this.status = draft.status();
        this.changeNote = draft.changeNote().strip();
        this.createdBy = username;
        this.createdAt = now;
    }

    /** Creates the next version from a draft and ends this one the day before the draft takes effect. */
    SubsidyPolicy succeed(PolicyDraft draft, String username, Instant now) {
        LocalDate dayBefore = draft.effectiveFrom().minusDays(1);
        if (effectiveTo == null || effectiveTo.isAfter(dayBefore)) {
            this.effectiveTo = dayBefore;
        }
        return new SubsidyPolicy(this, draft, username, now);
    }

    /** Returns whether this version is in force on the date. */
    public boolean coversDate(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    public PolicyTerms terms() {
        return new PolicyTerms(effectiveFrom, effectiveTo, status, rateCapKind, rateCapMultiple, rateCapSpread,
                techSmeRequired, maxTermMonths, getMaxLoanAmount(), base, baseRate, share, guaranteedShare,
                getAnnualCap());
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public int getVersionNumber() { return versionNumber; }
    public String getName() { return name; }
    public String getRegion() { return region; }
    public String getDescription() { return description; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public LocalDate getEffectiveTo() { return effectiveTo; }
    public RateCapKind getRateCapKind() { return rateCapKind; }
    public BigDecimal getRateCapMultiple() { return strip(rateCapMultiple); }
    public BigDecimal getRateCapSpread() { return strip(rateCapSpread); }
    public boolean isTechSmeRequired() { return techSmeRequired; }
    public Integer getMaxTermMonths() { return maxTermMonths; }
    public Money getMaxLoanAmount() { return maxLoanAmount == null ? null : Money.of(maxLoanAmount); }
    public SubsidyBase getBase() { return base; }
    public BigDecimal getBaseRate() { return strip(baseRate); }
    public BigDecimal getShare() { return strip(share); }
    public BigDecimal getGuaranteedShare() { return strip(guaranteedShare); }
    public Money getAnnualCap() { return annualCap == null ? null : Money.of(annualCap); }
    public PolicyStatus getStatus() { return status; }
    public boolean isEditable() { return editable; }
    public String getChangeNote() { return changeNote; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }

    private static BigDecimal strip(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
