package cn.ipfin.organization;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.ipfin.core.error.ConflictException;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.InvalidInputException.Violation;
import cn.ipfin.core.error.NotFoundException;
import cn.ipfin.core.identifier.CreditCode;
import cn.ipfin.core.reference.District;
import cn.ipfin.core.reference.Industry;
import cn.ipfin.identity.UserAccountService;
import cn.ipfin.identity.UserAccountService.NewAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers an organisation with its first user after checking every field of the form. */
@Service
public class RegistrationService {

    private static final Logger log = LoggerFactory.getLogger(RegistrationService.class);

    private static final String MOBILE = "1[3-9]\\d{9}";
    private static final String LANDLINE = "0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?";

    private final Organizations organizations;
    private final UserAccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegistrationService(Organizations organizations, UserAccountService accounts, ApplicationEventPublisher events,
            Clock clock) {
        this.organizations = organizations;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Registers the organisation as pending verification and creates its first user.
     *
     * @throws InvalidInputException listing every invalid field
     * @throws ConflictException when the credit code is registered already or the username is taken
     */
    @Transactional
    public Organization register(RegistrationForm form) {
        String creditCode = CreditCode.normalise(form.creditCode());
        List<Violation> violations = violations(form, creditCode);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (organizations.existsByCreditCode(creditCode)) {
            throw new ConflictException("organization.credit-code.duplicate", "organization.creditCode.duplicate",
                    creditCode);
        }
        if (accounts.usernameTaken(form.adminUsername())) {
            throw new ConflictException("account.username.taken", "account.username.taken", form.adminUsername());
        }

        OrganizationType type = OrganizationType.valueOf(form.type());
        Organization organization = organizations.save(new Organization(type, form.name().trim(), creditCode,
                form.district(), form.industry(), form.contactName().trim(), form.contactPhone().trim(),
                blankToNull(form.introduction()), clock.instant()));
        accounts.createAccount(new NewAccount(form.adminUsername(), form.adminPassword(), form.contactName().trim(),
                type.memberRole(), organization.getId()), "adminUsername", "adminPassword");
        events.publishEvent(new OrganizationRegistered(organization.getId(), type));
        log.info("Registered organization {} of type {}, pending verification", organization.getId(), type);
        return organization;
    }

    /**
     * Corrects a rejected registration and sends it back for review. The form's account fields are ignored: the
     * organisation's first user exists already and is the one resubmitting.
     *
     * @throws InvalidInputException listing every invalid field
     * @throws ConflictException when the registration is not rejected or the credit code belongs to another member
     */
    @Transactional
    public Organization resubmit(Long organizationId, long expectedVersion, RegistrationForm form) {
        Organization organization = organizations.findById(organizationId)
                .orElseThrow(() -> new NotFoundException("organization.not-found", "organization.notFound",
                        organizationId));
        String creditCode = CreditCode.normalise(form.creditCode());
        List<Violation> violations = organizationViolations(form, creditCode);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (organization.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Organization.class, organizationId);
        }
        if (!creditCode.equals(organization.getCreditCode()) && organizations.existsByCreditCode(creditCode)) {
            throw new ConflictException("organization.credit-code.duplicate", "organization.creditCode.duplicate",
                    creditCode);
        }
        organization.resubmit(form.name().trim(), creditCode, form.district(), form.industry(),
                form.contactName().trim(), form.contactPhone().trim(), blankToNull(form.introduction()));
        organizations.flush();
        events.publishEvent(new OrganizationRegistered(organization.getId(), organization.getType()));
        log.info("Organization {} resubmitted its registration", organizationId);
        return organization;
    }

    /**
     * Creates the organisation that runs the platform, verified from the start, with its first staff account.
     * Installation and demo data call this; no page or API exposes it.
     */
    @Transactional
    public Organization registerPlatform(RegistrationForm form, String installer) {
        String creditCode = CreditCode.normalise(form.creditCode());
        Organization organization = organizations.save(new Organization(OrganizationType.PLATFORM, form.name(),
                creditCode, form.district(), form.industry(), form.contactName(), form.contactPhone(),
                blankToNull(form.introduction()), clock.instant()));
        organization.verify(installer, clock.instant());
        accounts.createAccount(new NewAccount(form.adminUsername(), form.adminPassword(), form.contactName(),
                OrganizationType.PLATFORM.memberRole(), organization.getId()), "adminUsername", "adminPassword");
        log.info("Registered platform organization {}", organization.getId());
        return organization;
    }

    List<Violation> violations(RegistrationForm form, String creditCode) {
        List<Violation> violations = new ArrayList<>();
        typeViolation(form.type()).ifPresent(violations::add);
        violations.addAll(organizationViolations(form, creditCode));
        violations.addAll(accounts.violations(new NewAccount(form.adminUsername(), form.adminPassword(), null, null,
                null), "adminUsername", "adminPassword"));
        return violations;
    }

    private static List<Violation> organizationViolations(RegistrationForm form, String creditCode) {
        List<Violation> violations = new ArrayList<>();
        if (isBlank(form.name()) || form.name().trim().length() < 2 || form.name().trim().length() > 100) {
            violations.add(new Violation("name", "organization.name.invalid"));
        }
        CreditCode.check(creditCode).ifPresent(problem ->
                violations.add(new Violation("creditCode", "organization.creditCode." + problem.name(), creditCode)));
        if (District.of(form.district()).isEmpty()) {
            violations.add(new Violation("district", "organization.district.invalid"));
        }
        if (Industry.of(form.industry()).isEmpty()) {
            violations.add(new Violation("industry", "organization.industry.invalid"));
        }
        if (isBlank(form.contactName()) || form.contactName().trim().length() > 50) {
            violations.add(new Violation("contactName", "organization.contactName.invalid"));
        }
        String phone = form.contactPhone() == null ? "" : form.contactPhone().trim();
        if (!phone.matches(MOBILE) && !phone.matches(LANDLINE)) {
            violations.add(new Violation("contactPhone", "organization.contactPhone.invalid"));
        }
        if (form.introduction() != null && form.introduction().length() > 2000) {
            violations.add(new Violation("introduction", "organization.introduction.tooLong"));
        }
        return violations;
    }

    private static Optional<Violation> typeViolation(String type) {
        try {
            if (type != null && OrganizationType.valueOf(type).isSelfRegistrable()) {
                return Optional.empty();
            }
        } catch (IllegalArgumentException e) {
            // An unknown type name falls through to the violation below.
        }
        return Optional.of(new Violation("type", "organization.type.invalid"));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return isBlank(value) ? null : value.trim();
    }
}
