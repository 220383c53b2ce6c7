package cn.ipfin.credit;

import cn.ipfin.core.error.NotFoundException;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Decides who may read and write an enterprise's private credit data. The enterprise's own users and platform
 * staff may read and write; anyone else is answered as if the enterprise had no such data (404), so private
 * data does not reveal that it exists.
 */
@Component
public class CreditAccess {

    private final CreditFileGrantService grants;

    CreditAccess(CreditFileGrantService grants) {
        this.grants = grants;
    }

    /** Returns whether the user acts for the enterprise itself or for the platform operator. */
    public boolean isOwnerOrStaff(CurrentUser user, Long organizationId) {
        return user.isPlatformStaff()
                || user.role() == Role.ENTERPRISE && organizationId.equals(user.organizationId());
    }

    /** Rejects with 404 a user who may not change the enterprise's statements. */
    public void requireWrite(CurrentUser user, Long organizationId) {
        if (!isOwnerOrStaff(user, organizationId)) {
            throw notFound(organizationId);
        }
    }

    /** Rejects with 404 a user who neither owns the data nor holds a live credit-file grant. */
    public void requireRead(CurrentUser user, Long organizationId) {
        if (!isOwnerOrStaff(user, organizationId) && !grants.hasLiveGrant(organizationId, user.organizationId())) {
            throw notFound(organizationId);
        }
    }

    private static NotFoundException notFound(Long organizationId) {
        return new NotFoundException("credit.enterprise.not-found", "credit.enterprise.notFound", organizationId);
    }
}
