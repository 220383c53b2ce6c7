package cn.ipfin.credit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.ipfin.core.error.ConflictException;

/**
 * An enterprise's consent (信用档案授权) that a named organisation may read its full credit file for a stated
 * purpose until an expiry time, unless the enterprise revokes it earlier.
 */
@Entity
@Table(name = "credit_file_grant")
public class CreditFileGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    @Column(name = "grantee_id", nullable = false)
    private Long granteeId;

    @Column(nullable = false)
    private String purpose;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "granted_by", nullable = false)
    private String grantedBy;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected CreditFileGrant() {
    }

    CreditFileGrant(Long enterpriseId, Long granteeId, String purpose, String grantedBy, Instant grantedAt,
            Instant expiresAt) {
        this.enterpriseId = enterpriseId;
        this.granteeId = granteeId;
        this.purpose = purpose;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
        this.expiresAt = expiresAt;
    }

    /** Ends the grant now; a grant can be revoked once. */
    void revoke(Instant now) {
        if (revokedAt != null) {
            throw new ConflictException("credit.grant.revoked", "credit.grant.alreadyRevoked", id);
        }
        revokedAt = now;
    }

    /** Returns whether the grant allows reading at the given instant. */
    public boolean isLiveAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public Long getId() {
        return id;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public Long getGranteeId() {
        return granteeId;
    }

    public String getPurpose() {
        return purpose;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }

    public String getGrantedBy() {
        return grantedBy;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public long getVersion() {
        return version;
    }
}
