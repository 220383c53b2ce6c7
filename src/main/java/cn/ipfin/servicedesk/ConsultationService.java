package cn.ipfin.servicedesk;

import java.time.Clock;
import java.util.List;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.NotFoundException;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.identity.Role;
import cn.ipfin.identity.UserAccountService;
import cn.ipfin.organization.OrganizationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps consultations. Enterprises request them, operators assign them to advisors and advisors work them. An
 * enterprise reads its own, an advisor the ones assigned to it and the platform staff all of them. Any other
 * consultation is reported as missing.
 */
@Service
public class ConsultationService {

    /** Roles whose users may advise: law firms, evaluators and the platform's own staff. */
    public static final List<Role> ADVISOR_ROLES = List.of(Role.LAW_FIRM, Role.EVALUATOR, Role.OPERATOR, Role.ADMIN);

    private static final Logger log = LoggerFactory.getLogger(ConsultationService.class);

    private final Consultations consultations;
    private final OrganizationService organizations;
    private final UserAccountService accounts;
    private final Clock clock;

    ConsultationService(Consultations consultations, OrganizationService organizations, UserAccountService accounts,
            Clock clock) {
        this.consultations = consultations;
        this.organizations = organizations;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional
    public Consultation request(ConsultationType type, String description, CurrentUser enterprise) {
        if (type == null) {
            throw InvalidInputException.of("type", "servicedesk.consultation.typeRequired");
        }
        if (description == null || description.isBlank()) {
            throw InvalidInputException.of("description", "servicedesk.description.required");
        }
        if (description.strip().length() > 4000) {
            throw InvalidInputException.of("description", "servicedesk.text.tooLong", 4000);
        }
        String name = organizations.getVerified(enterprise.organizationId()).getName();
        Consultation consultation = consultations.save(new Consultation(type, enterprise.organizationId(), name,
                enterprise.username(), description.strip(), clock.instant()));
        log.info("Consultation {} of type {} requested by organization {}", consultation.getId(), type,
                enterprise.organizationId());
        return consultation;
    }

    @Transactional
    public Consultation assign(Long id, long expectedVersion, String advisor, CurrentUser operator) {
        if (!operator.isPlatformStaff()) {
            throw new AccessDeniedException("Only platform staff assign consultations");
        }
        Consultation consultation = current(id, expectedVersion, operator);
        if (advisor == null || advisor.isBlank()) {
            throw InvalidInputException.of("advisor", "servicedesk.advisor.required");
        }
        CurrentUser account;
        try {
            account = accounts.loadUserByUsername(advisor.strip());
        } catch (UsernameNotFoundException e) {
            throw InvalidInputException.of("advisor", "servicedesk.user.unknown", advisor.strip());
        }
        if (!ADVISOR_ROLES.contains(account.role())) {
            throw InvalidInputException.of("advisor", "servicedesk.advisor.wrongRole", advisor.strip());
        }
        consultation.assign(account.username(), clock.instant());
        consultations.flush();
        log.info("Consultation {} assigned to user {}", id, account.userId());
        return consultation;
    }

    /** Moves the consultation on; only its advisor or the platform staff do this. */
    @Transactional
    public Consultation progress(Long id, long expectedVersion, ConsultationStatus next, String notes,
            CurrentUser user) {
        Consultation consultation = current(id, expectedVersion, user);
        if (!user.isPlatformStaff() && !user.username().equals(consultation.getAdvisor())) {
            throw new AccessDeniedException("Only the advisor works consultation " + id);
        }
        if (notes != null && notes.strip().length() > 4000) {
            throw InvalidInputException.of("notes", "servicedesk.text.tooLong", 4000);
        }
        consultation.progress(next, notes == null || notes.isBlank() ? null : notes.strip(), clock.instant());
        consultations.flush();
        return consultation;
    }

    @Transactional(readOnly = true)
    public Consultation get(Long id, CurrentUser viewer) {
        Consultation consultation = consultations.findById(id).orElseThrow(() -> notFound(id));
        boolean visible = viewer.isPlatformStaff() || viewer.organizationId().equals(consultation.getOrganizationId())
                || viewer.username().equals(consultation.getAdvisor());
        if (!visible) {
            throw notFound(id);
        }
        return consultation;
    }

    /** Returns every consultation for the staff, the assigned ones for an advisor and the own ones otherwise. */
    @Transactional(readOnly = true)
    public List<Consultation> visibleTo(CurrentUser viewer) {
        if (viewer.isPlatformStaff()) {
            return consultations.findAllByOrderByCreatedAtDesc();
        }
        if (ADVISOR_ROLES.contains(viewer.role())) {
            return consultations.findByAdvisorOrderByCreatedAtDesc(viewer.username());
        }
        return consultations.findByOrganizationIdOrderByCreatedAtDesc(viewer.organizationId());
    }

    private Consultation current(Long id, long expectedVersion, CurrentUser user) {
        Consultation consultation = get(id, user);
        if (consultation.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Consultation.class, id);
        }
        return consultation;
    }

    private static NotFoundException notFound(Long id) {
        return new NotFoundException("servicedesk.consultation.not-found", "servicedesk.consultation.notFound", String.valueOf(id));
    }
}
