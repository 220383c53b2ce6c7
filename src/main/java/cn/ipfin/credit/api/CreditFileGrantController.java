package cn.ipfin.credit.api;

import java.time.Instant;
import java.util.List;

import cn.ipfin.credit.CreditFileGrant;
import cn.ipfin.credit.CreditFileGrantService;
import cn.ipfin.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Credit-file grants: an enterprise grants and revokes; both sides list theirs. */
@RestController
@RequestMapping("/api/v1/credit-file-grants")
public class CreditFileGrantController {

    private final CreditFileGrantService grants;

    CreditFileGrantController(CreditFileGrantService grants) {
        this.grants = grants;
    }

    /** Body of a new grant: the grantee organisation, the number of days (1 to 365) and the purpose. */
    public record GrantRequest(Long granteeId, Integer days, String purpose) {
    }

    /** A grant as the API shows it; {@code live} is true while it allows reading. */
    public record GrantResponse(Long id, Long enterpriseId, Long granteeId, String purpose, Instant grantedAt,
            Instant expiresAt, Instant revokedAt, boolean live) {

        static GrantResponse from(CreditFileGrant grant, Instant now) {
            return new GrantResponse(grant.getId(), grant.getEnterpriseId(), grant.getGranteeId(),
                    grant.getPurpose(), grant.getGrantedAt(), grant.getExpiresAt(), grant.getRevokedAt(),
                    grant.isLiveAt(now));
        }
    }

    /** The grants the caller's organisation gave and those it received. */
    public record GrantList(List<GrantResponse> given, List<GrantResponse> received) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public GrantResponse grant(@RequestBody GrantRequest request, @AuthenticationPrincipal CurrentUser user) {
        CreditFileGrant grant = grants.grant(user, request.granteeId(), request.days(), request.purpose());
        return GrantResponse.from(grant, grants.now());
    }

    @GetMapping
    public GrantList list(@AuthenticationPrincipal CurrentUser user) {
        Instant now = grants.now();
        return new GrantList(grants.grantsGivenBy(user).stream().map(g -> GrantResponse.from(g, now)).toList(),
                grants.grantsReceivedBy(user).stream().map(g -> GrantResponse.from(g, now)).toList());
    }

    @PostMapping("/{id}/revoke")
    public GrantResponse revoke(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return GrantResponse.from(grants.revoke(user, id), grants.now());
    }
}
