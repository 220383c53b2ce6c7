package cn.ipfin.organization;

import java.time.Instant;

import cn.ipfin.core.error.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A member organisation (会员机构) identified by its unified social credit code. */
@Entity
@Table(name = "organization")
public class Organization {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganizationType type;

    @Column(nullable = false)
    private String name;

    @Column(name = "name_key", nullable = false)
    private String nameKey;

    @Column(name = "credit_code", nullable = false, unique = true)
    private String creditCode;

    @Column(name = "district_code", nullable = false)
    private String districtCode;

    @Column(name = "industry_code", nullable = false)
    private String industryCode;

    @Column(name = "contact_name", nullable = false)
    private String contactName;

    @Column(name = "contact_phone", nullable = false)
    private String contactPhone;

    private String introduction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VerificationStatus status;

    @Column(name = "review_note")
    private String reviewNote;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Version
    private long version;

    protected Organization() {
    }

    Organization(OrganizationType type, String name, String creditCode, String districtCode, String industryCode,
            String contactName, String contactPhone, String introduction, Instant registeredAt) {
        this.type = type;
        describe(name, creditCode, districtCode, industryCode, contactName, contactPhone, introduction);
        this.status = VerificationStatus.PENDING;
        this.registeredAt = registeredAt;
    }

    private void describe(String name, String creditCode, String districtCode, String industryCode,
            String contactName, String contactPhone, String introduction) {
        this.name = name;
        this.nameKey = OrganizationNames.key(name);
        this.creditCode = creditCode;
        this.districtCode = districtCode;
        this.industryCode = industryCode;
        this.contactName = contactName;
        this.contactPhone = contactPhone;
        this.introduction = introduction;
    }

    /** Marks the registration as checked; only a pending registration can be verified. */
    void verify(String reviewer, Instant now) {
        requirePending("verify");
        status = VerificationStatus.VERIFIED;
        reviewedBy = reviewer;
        reviewedAt = now;
        reviewNote = null;
    }

    /** Rejects a pending registration with the reason the applicant will read. */
    void reject(String reviewer, String reason, Instant now) {
        requirePending("reject");
        status = VerificationStatus.REJECTED;
        reviewedBy = reviewer;
        reviewedAt = now;
        reviewNote = reason;
    }

    /**
     * Puts a rejected registration back in the review queue with corrected details. The reviewer's earlier
     * reason stays on the record until the next decision, so the operator sees what was to be fixed.
     */
    void resubmit(String name, String creditCode, String districtCode, String industryCode, String contactName,
            String contactPhone, String introduction) {
        if (status != VerificationStatus.REJECTED) {
            throw new ConflictException("organization.resubmit.not-rejected", "organization.resubmit.notRejected",
                    this.name);
        }
        describe(name, creditCode, districtCode, industryCode, contactName, contactPhone, introduction);
        this.status = VerificationStatus.PENDING;
    }

    private void requirePending(String action) {
        if (status != VerificationStatus.PENDING) {
            throw new ConflictException("organization.review.not-pending", "organization.review.notPending",
                    name, status);
        }
    }

    /** Tells whether a pending registration was rejected before and sent back, which keeps the earlier reason. */
    public boolean isResubmitted() {
        return status == VerificationStatus.PENDING && reviewNote != null;
    }

    public boolean isVerified() {
        return status == VerificationStatus.VERIFIED;
    }

    public Long getId() {
        return id;
    }

    public OrganizationType getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public String getNameKey() {
        return nameKey;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public String getIndustryCode() {
        return industryCode;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    /**
     * Returns the contact phone for public pages with its middle digits hidden: 139****5678 for a mobile number,
     * the area code and the last two digits for a landline.
     */
    public String getMaskedContactPhone() {
        String phone = contactPhone;
        if (phone.matches("1\\d{10}")) {
            return phone.substring(0, 3) + "****" + phone.substring(7);
        }
        int dash = phone.indexOf('-');
        int keep = dash > 0 ? dash + 1 : Math.min(4, phone.length());
        String tail = phone.length() > keep + 2 ? phone.substring(phone.length() - 2) : "";
        return phone.substring(0, keep) + "****" + tail;
    }

    public String getIntroduction() {
        return introduction;
    }

    public VerificationStatus getStatus() {
        return status;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public long getVersion() {
        return version;
    }
}
