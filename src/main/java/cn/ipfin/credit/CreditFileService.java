package cn.ipfin.credit;

import java.util.Optional;

import cn.ipfin.core.error.NotFoundException;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.organization.Organization;
import cn.ipfin.organization.OrganizationService;
import cn.ipfin.organization.OrganizationType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers an enterprise's credit file. The enterprise and platform staff always see it; another organisation
 * sees it only under a live grant, and each such view is recorded with the grant's purpose.
 */
@Service
public class CreditFileService {

    /** Most IP assets listed in one file. */
    static final int IP_LIST_LIMIT = 100;

    private final OrganizationService organizations;
    private final FinancialStatementService statements;
    private final CreditRatingService ratings;
    private final TechSmeAssessmentService assessments;
    private final IpAssetService ipAssets;
    private final CreditFileGrantService grants;
    private final CreditAccess access;

    CreditFileService(OrganizationService organizations, FinancialStatementService statements,
            CreditRatingService ratings, TechSmeAssessmentService assessments, IpAssetService ipAssets,
            CreditFileGrantService grants, CreditAccess access) {
        this.organizations = organizations;
        this.statements = statements;
        this.ratings = ratings;
        this.assessments = assessments;
        this.ipAssets = ipAssets;
        this.grants = grants;
        this.access = access;
    }

    /**
     * Returns the full file and records the view of anyone but the enterprise itself.
     *
     * @throws CreditFileAccessDeniedException when the viewer's organisation holds no live grant
     */
    @Transactional
    public CreditFile fullFile(Long enterpriseId, CurrentUser viewer) {
        Organization enterprise = enterprise(enterpriseId);
        boolean owner = access.isOwnerOrStaff(viewer, enterpriseId) && !viewer.isPlatformStaff();
        Optional<CreditFileGrant> grant = Optional.empty();
        if (!access.isOwnerOrStaff(viewer, enterpriseId)) {
            grant = grants.liveGrant(enterpriseId, viewer.organizationId());
            if (grant.isEmpty()) {
                throw new CreditFileAccessDeniedException(enterpriseId);
            }
        }
        if (!owner) {
            grants.recordView(enterpriseId, viewer, grant.orElse(null));
        }
        return new CreditFile(enterprise, statements.statementsOf(enterpriseId),
                ipAssets.countOwnedBy(enterpriseId), ipAssets.ownedBy(enterpriseId, IP_LIST_LIMIT),
                assessments.latestOf(enterpriseId).orElse(null), ratings.ratingsOf(enterpriseId),
                grant.orElse(null));
    }

    /** Returns whether the viewer may see the full file, without recording a view. */
    @Transactional(readOnly = true)
    public boolean maySeeFullFile(Long enterpriseId, CurrentUser viewer) {
        return access.isOwnerOrStaff(viewer, enterpriseId)
                || grants.hasLiveGrant(enterpriseId, viewer.organizationId());
    }

    /** Returns a verified enterprise, or 404. */
    @Transactional(readOnly = true)
    public Organization enterprise(Long enterpriseId) {
        Organization organization = organizations.getVerified(enterpriseId);
        if (organization.getType() != OrganizationType.ENTERPRISE) {
            throw new NotFoundException("credit.enterprise.not-found", "credit.enterprise.notFound", enterpriseId);
        }
        return organization;
    }
}
