package cn.ipfin.credit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.InvalidInputException.Violation;
import cn.ipfin.core.error.NotFoundException;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.identity.Role;
import cn.ipfin.organization.OrganizationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records an enterprise's credit-file grants, their revocation, and every view of a full credit file. */
@Service
public class CreditFileGrantService {

    /** Maximum length of one grant, in days. */
    public static final int MAX_DAYS = 365;

    private static final Logger log = LoggerFactory.getLogger(CreditFileGrantService.class);

    private final CreditFileGrants grants;
    private final CreditFileViews views;
    private final OrganizationService organizations;
    private final Clock clock;

    CreditFileGrantService(CreditFileGrants grants, CreditFileViews views, OrganizationService organizations,
            Clock clock) {
        this.grants = grants;
        this.views = views;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** Grants a verified organisation access to the signed-in enterprise's credit file for some days. */
    @Transactional
    public CreditFileGrant grant(CurrentUser user, Long granteeId, Integer days, String purpose) {
        if (user.role() != Role.ENTERPRISE) {
            throw new NotFoundException("credit.enterprise.not-found", "credit.enterprise.notFound",
                    user.organizationId());
        }
        List<Violation> violations = new ArrayList<>();
        if (granteeId == null || granteeId.equals(user.organizationId())
                || organizations.find(granteeId).filter(org -> org.isVerified()).isEmpty()) {
            violations.add(new Violation("granteeId", "credit.grant.grantee.invalid"));
        }
        if (days == null || days < 1 || days > MAX_DAYS) {
            violations.add(new Violation("days", "credit.grant.days.invalid", MAX_DAYS));
        }
        if (purpose == null || purpose.isBlank() || purpose.strip().length() > 200) {
            violations.add(new Violation("purpose", "credit.grant.purpose.invalid"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Instant now = clock.instant();
        CreditFileGrant grant = grants.save(new CreditFileGrant(user.organizationId(), granteeId, purpose.strip(),
                user.username(), now, now.plus(Duration.ofDays(days))));
        log.info("Organization {} granted credit-file access {} to organization {}", grant.getEnterpriseId(),
                grant.getId(), granteeId);
        return grant;
    }

    /** Revokes one of the signed-in enterprise's grants. */
    @Transactional
    public CreditFileGrant revoke(CurrentUser user, Long grantId) {
        CreditFileGrant grant = grants.findById(grantId)
                .filter(found -> found.getEnterpriseId().equals(user.organizationId()) && user.role() == Role.ENTERPRISE)
                .orElseThrow(() -> new NotFoundException("credit.grant.not-found", "credit.grant.notFound", grantId));
        grant.revoke(clock.instant());
        log.info("Organization {} revoked credit-file grant {}", grant.getEnterpriseId(), grantId);
        return grants.saveAndFlush(grant);
    }

    /** Returns the grants the user's organisation gave, newest first. */
    @Transactional(readOnly = true)
    public List<CreditFileGrant> grantsGivenBy(CurrentUser user) {
        return grants.findByEnterpriseIdOrderByGrantedAtDesc(user.organizationId());
    }

    /** Returns the grants the user's organisation received, newest first. */
    @Transactional(readOnly = true)
    public List<CreditFileGrant> grantsReceivedBy(CurrentUser user) {
        return grants.findByGranteeIdOrderByGrantedAtDesc(user.organizationId());
    }

    /** Returns the current instant of the business clock. */
    public Instant now() {
        return clock.instant();
    }

    @Transactional(readOnly = true)
    public boolean hasLiveGrant(Long enterpriseId, Long granteeId) {
        return liveGrant(enterpriseId, granteeId).isPresent();
    }

    @Transactional(readOnly = true)
    public Optional<CreditFileGrant> liveGrant(Long enterpriseId, Long granteeId) {
        if (granteeId == null) {
            return Optional.empty();
        }
        return grants.findLive(enterpriseId, granteeId, clock.instant()).stream().findFirst();
    }

    /** Records that the user viewed the enterprise's full credit file under the given grant. */
    @Transactional
    public void recordView(Long enterpriseId, CurrentUser viewer, CreditFileGrant grant) {
        views.save(new CreditFileView(enterpriseId, viewer.organizationId(), viewer.username(),
                grant == null ? null : grant.getId(), grant == null ? "" : grant.getPurpose(), clock.instant()));
    }

    /** Returns the latest views of the enterprise's credit file, newest first. */
    @Transactional(readOnly = true)
    public List<CreditFileView> viewsOf(Long enterpriseId) {
        return views.findTop200ByEnterpriseIdOrderByViewedAtDesc(enterpriseId);
    }
}
