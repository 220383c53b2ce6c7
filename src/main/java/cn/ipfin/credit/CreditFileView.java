package cn.ipfin.credit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One view of an enterprise's full credit file (信用档案查阅记录): who, for which organisation, when and why. */
@Entity
@Table(name = "credit_file_view")
public class CreditFileView {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    @Column(name = "viewer_organization_id", nullable = false)
    private Long viewerOrganizationId;

    @Column(name = "viewer_username", nullable = false)
    private String viewerUsername;

    @Column(name = "grant_id")
    private Long grantId;

    @Column(nullable = false)
    private String purpose;

    @Column(name = "viewed_at", nullable = false)
    private Instant viewedAt;

    protected CreditFileView() {
    }

    CreditFileView(Long enterpriseId, Long viewerOrganizationId, String viewerUsername, Long grantId, String purpose,
            Instant viewedAt) {
        this.enterpriseId = enterpriseId;
        this.viewerOrganizationId = viewerOrganizationId;
        this.viewerUsername = viewerUsername;
        this.grantId = grantId;
        this.purpose = purpose;
        this.viewedAt = viewedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public Long getViewerOrganizationId() {
        return viewerOrganizationId;
    }

    public String getViewerUsername() {
        return viewerUsername;
    }

    public Long getGrantId() {
        return grantId;
    }

    public String getPurpose() {
        return purpose;
    }

    public Instant getViewedAt() {
        return viewedAt;
    }
}
