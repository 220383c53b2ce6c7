package cn.ipfin.subsidy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.ipfin.core.error.BusinessRuleException;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.InvalidInputException.Violation;
import cn.ipfin.core.error.NotFoundException;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the subsidy policies, which anyone may see, and adds versions to the editable ones, which operators and
 * government users may do. The presets of other regions are read-only.
 */
@Service
public class SubsidyPolicyService {

    private static final Logger log = LoggerFactory.getLogger(SubsidyPolicyService.class);

    private final SubsidyPolicies policies;
    private final Clock clock;

    SubsidyPolicyService(SubsidyPolicies policies, Clock clock) {
        this.policies = policies;
        this.clock = clock;
    }

    /** Returns the newest version of every policy, the editable ones first. */
    @Transactional(readOnly = true)
    public List<SubsidyPolicy> latestVersions() {
        return policies.findLatestVersions();
    }

    /** Returns every version of a policy, the newest first. */
    @Transactional(readOnly = true)
    public List<SubsidyPolicy> versions(String code) {
        List<SubsidyPolicy> versions = policies.findByCodeOrderByVersionNumberDesc(code);
        if (versions.isEmpty()) {
            throw notFound(code);
        }
        return versions;
    }

    @Transactional(readOnly = true)
    public SubsidyPolicy latest(String code) {
        return policies.findFirstByCodeOrderByVersionNumberDesc(code).orElseThrow(() -> notFound(code));
    }

    /**
     * Returns the version in force on the date, the newest one when a backdated version overlaps an older one.
     *
     * @throws BusinessRuleException when no version of the policy is in force on the date
     */
    @Transactional(readOnly = true)
    public SubsidyPolicy inForceOn(String code, LocalDate date) {
        return versions(code).stream().filter(version -> version.coversDate(date)).findFirst()
                .orElseThrow(() -> new BusinessRuleException("subsidy.policy.not-in-force",
                        "subsidy.policy.notInForce", code, date));
    }

    @Transactional(readOnly = true)
    public SubsidyPolicy version(Long id) {
        return policies.findById(id).orElseThrow(() -> notFound(String.valueOf(id)));
    }

    /**
     * Adds a new version to an editable policy. {@code basedOnVersionNumber} is the number of the newest version
     * the user read, so an edit based on an older version fails with 409. The new version must take effect after
     * the newest one did.
     */
    @Transactional
    public SubsidyPolicy addVersion(String code, int basedOnVersionNumber, PolicyDraft draft, CurrentUser user) {
        if (!user.hasRole(Role.GOVERNMENT, Role.OPERATOR, Role.ADMIN)) {
            throw new AccessDeniedException("Role " + user.role() + " may not edit subsidy policies");
        }
        SubsidyPolicy latest = policies.findForEditById(latest(code).getId()).orElseThrow(() -> notFound(code));
        if (!latest.isEditable()) {
            throw new BusinessRuleException("subsidy.policy.read-only", "subsidy.policy.readOnly", latest.getName());
        }
        if (latest.getVersionNumber() != basedOnVersionNumber) {
            throw new ObjectOptimisticLockingFailureException(SubsidyPolicy.class, latest.getId());
        }
        List<Violation> violations = PolicyDraftValidator.violations(draft);
        if (draft.effectiveFrom() != null && !draft.effectiveFrom().isAfter(latest.getEffectiveFrom())) {
            violations.add(new Violation("effectiveFrom", "subsidy.policy.effectiveFrom.notAfterLatest",
                    latest.getEffectiveFrom()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }

        SubsidyPolicy next = policies.save(latest.succeed(draft, user.username(), clock.instant()));
        log.info("Subsidy policy {} version {} added by {}, effective from {}", code, next.getVersionNumber(),
                user.username(), next.getEffectiveFrom());
        return next;
    }

    private static NotFoundException notFound(String code) {
        return new NotFoundException("subsidy-policy.not-found", "subsidy.policy.notFound", code);
    }
}
