package cn.ipfin.organization;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.NotFoundException;
import cn.ipfin.notification.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks up members, runs the operator's verification and serves the public directory. */
@Service
public class OrganizationService {

    private static final Logger log = LoggerFactory.getLogger(OrganizationService.class);

    /** The page where a member reads its registration status and, when it did not pass, corrects it. */
    private static final String REGISTRATION_PAGE = "/organization/registration";

    private final Organizations organizations;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Notifications notifications;
    private final JdbcTemplate jdbc;

    OrganizationService(Organizations organizations, ApplicationEventPublisher events, Clock clock,
            Notifications notifications, JdbcTemplate jdbc) {
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
        this.notifications = notifications;
        this.jdbc = jdbc;
    }

    /** Filters of the member directory; a null filter matches everything. */
    public record DirectoryQuery(OrganizationType type, String district, String industry, String name) {
    }

    @Transactional(readOnly = true)
    public Optional<Organization> find(Long id) {
        return organizations.findById(id);
    }

    /** Returns the organisations with the given ids, in no particular order; unknown ids are left out. */
    @Transactional(readOnly = true)
    public List<Organization> findAll(Collection<Long> ids) {
        return organizations.findAllById(ids);
    }

    /** Returns the unified social credit code of each organisation with one of the ids, read in one query. */
    @Transactional(readOnly = true)
    public Map<Long, String> creditCodesOf(Collection<Long> ids) {
        Map<Long, String> codes = new HashMap<>();
        jdbc.query("select id, credit_code from organization where id = any(?)",
                row -> {
                    codes.put(row.getLong(1), row.getString(2));
                }, (Object) ids.toArray(Long[]::new));
        return codes;
    }

    /** Returns a verified organisation, or 404 for one that is missing or not verified yet. */
    @Transactional(readOnly = true)
    public Organization getVerified(Long id) {
        return organizations.findById(id).filter(Organization::isVerified)
                .orElseThrow(() -> new NotFoundException("organization.not-found", "organization.notFound", id));
    }

    @Transactional(readOnly = true)
    public Page<Organization> directory(DirectoryQuery query, Pageable pageable) {
        return organizations.findAll(DirectorySpecification.of(query), pageable);
    }

    @Transactional(readOnly = true)
    public Page<Organization> pendingRegistrations(Pageable pageable) {
        return organizations.findByStatus(VerificationStatus.PENDING, pageable);
    }

    @Transactional(readOnly = true)
    public List<Organization> latestVerified(int count) {
        return organizations.findByStatus(VerificationStatus.VERIFIED,
                PageRequest.of(0, count, Sort.by(Sort.Direction.DESC, "reviewedAt", "id"))).getContent();
    }

    /** Counts the registrations waiting for an operator's review, first submissions and resubmissions alike. */
    @Transactional(readOnly = true)
    public long countPendingRegistrations() {
        return organizations.countByStatus(VerificationStatus.PENDING);
    }

    @Transactional(readOnly = true)
    public long countVerified() {
        return organizations.countByStatus(VerificationStatus.VERIFIED);
    }

    /** Returns the verified members whose name keys are among the given ones, for matching patent owners. */
    @Transactional(readOnly = true)
    public List<Organization> verifiedByNameKeys(List<String> nameKeys) {
        if (nameKeys.isEmpty()) {
            return List.of();
        }
        return organizations.findByNameKeyInAndStatus(nameKeys, VerificationStatus.VERIFIED);
    }

    @Transactional
    public Organization verify(Long id, long expectedVersion, String reviewer) {
        Organization organization = forReview(id, expectedVersion);
        organization.verify(reviewer, clock.instant());
        organizations.flush();
        events.publishEvent(new OrganizationVerified(organization.getId(), organization.getNameKey()));
        notifications.notifyOrganization(id, "organization.verified", "organization.notice.verified",
                List.of(organization.getName()), REGISTRATION_PAGE);
        log.info("Organization {} verified by {}", id, reviewer);
        return organization;
    }

    @Transactional
    public Organization reject(Long id, long expectedVersion, String reviewer, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw InvalidInputException.of("reason", "organization.review.reasonMissing");
        }
        Organization organization = forReview(id, expectedVersion);
        organization.reject(reviewer, reason.trim(), clock.instant());
        organizations.flush();
        notifications.notifyOrganization(id, "organization.rejected", "organization.notice.rejected",
                List.of(organization.getName(), organization.getReviewNote()), REGISTRATION_PAGE);
        log.info("Organization {} rejected by {}", id, reviewer);
        return organization;
    }

    private Organization forReview(Long id, long expectedVersion) {
        Organization organization = organizations.findById(id)
                .orElseThrow(() -> new NotFoundException("organization.not-found", "organization.notFound", id));
        if (organization.getVersion() != expectedVersion) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Organization.class, id);
        }
        return organization;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
