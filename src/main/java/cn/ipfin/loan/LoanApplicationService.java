package cn.ipfin.loan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.ipfin.core.calendar.WorkingDayCalendarService;
import cn.ipfin.core.error.BusinessRuleException;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.InvalidInputException.Violation;
import cn.ipfin.core.error.NotFoundException;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.time.ClockConfiguration;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.identity.Role;
import cn.ipfin.ipasset.PledgeCheck;
import cn.ipfin.ipasset.PledgeEligibilityValidator;
import cn.ipfin.ipasset.PledgeRefusalGround;
import cn.ipfin.ipasset.PledgeRequest;
import cn.ipfin.ipasset.PledgeService;
import cn.ipfin.organization.OrganizationService;
import cn.ipfin.organization.OrganizationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the IP pledge loan workflow. The enterprise applies and the pledge checks run at once. The bank records
 * the valuation, the guarantor decides, one bank user prepares the approval and another approves it. Then the
 * pledge is registered and the loan disbursed with a fixed repayment schedule. Each step is allowed to one role
 * of one organisation and fails with 409 when another user changed the application first.
 */
@Service
public class LoanApplicationService {

    /** Working days within which the bank owes the first review, as in the Sichuan 天府知来贷 rule. */
    static final int REVIEW_WORKING_DAYS = 5;

    private static final Logger log = LoggerFactory.getLogger(LoanApplicationService.class);

    private final LoanApplications applications;
    private final LoanSchedules schedules;
    private final PledgeService pledges;
    private final OrganizationService organizations;
    private final WorkingDayCalendarService calendars;
    private final LoanProductTerms productTerms;
    private final Clock clock;

    LoanApplicationService(LoanApplications applications, LoanSchedules schedules, PledgeService pledges,
            OrganizationService organizations, WorkingDayCalendarService calendars, LoanProductTerms productTerms,
            Clock clock) {
        this.applications = applications;
        this.schedules = schedules;
        this.pledges = pledges;
        this.organizations = organizations;
        this.calendars = calendars;
        this.productTerms = productTerms;
        this.clock = clock;
    }

    @Transactional
    public LoanApplication apply(ApplicationDraft draft, CurrentUser user) {
        return submit(draft, user, today());
    }

    /**
     * Files an application that the bank received on an earlier day, such as one taken over from paper records
     * or a demo loan, so that its submission date and review due date are the real ones.
     *
     * @throws InvalidInputException when {@code receivedOn} is missing or after today
     */
    @Transactional
    public LoanApplication applyReceivedOn(ApplicationDraft draft, LocalDate receivedOn, CurrentUser user) {
        if (receivedOn == null || receivedOn.isAfter(today())) {
            throw InvalidInputException.of("submittedOn", "loan.submittedOn.invalid", today());
        }
        return submit(draft, user, receivedOn);
    }

    private LoanApplication submit(ApplicationDraft draft, CurrentUser user, LocalDate submittedOn) {
        requireRole(user, Role.ENTERPRISE);
        List<Violation> violations = ApplicationDraftValidator.violations(draft);
        if (!isVerified(draft.lenderOrganizationId(), OrganizationType.BANK)) {
            violations.add(new Violation("lenderOrganizationId", "loan.lender.invalid"));
        }
        if (draft.guarantorOrganizationId() != null && !isVerified(draft.guarantorOrganizationId(),
                OrganizationType.GUARANTOR) && !isVerified(draft.guarantorOrganizationId(), OrganizationType.INSURER)) {
            violations.add(new Violation("guarantorOrganizationId", "loan.guarantor.invalid"));
        }
        if (draft.productId() != null) {
            for (String party : productTerms.acceptingPartiesFor(draft.productId())) {
                if (!isVerified(draft.guarantorOrganizationId(), OrganizationType.valueOf(party))) {
                    violations.add(new Violation("guarantorOrganizationId", "loan.guarantor.requiredByModel." + party));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }

        LocalDate due = calendars.calendar().plusWorkingDays(submittedOn, REVIEW_WORKING_DAYS);
        Actor applicant = actor(user);
        LoanApplication application = applications.save(new LoanApplication(draft, applicant, submittedOn, due,
                clock.instant()));
        Map<Long, List<PledgeCheck>> checks = checks(application);
        boolean blocked = checks.values().stream().anyMatch(PledgeEligibilityValidator::blocked);
        application.recordChecks(blocked, applicant, null, clock.instant());
        log.info("Loan application {} submitted by organization {}; checks {}", application.getId(),
                user.organizationId(), blocked ? "blocked" : "passed");
        return application;
    }

    /** Returns the pledge checklist of every pledged asset of an application. */
    @Transactional(readOnly = true)
    public Map<Long, List<PledgeCheck>> checks(Long id, CurrentUser user) {
        return checks(visible(id, user));
    }

    private Map<Long, List<PledgeCheck>> checks(LoanApplication application) {
        LocalDate finalDue = application.getSubmittedOn().plusMonths(application.getTermMonths());
        Map<Long, List<PledgeCheck>> checks = new LinkedHashMap<>();
        String ownReference = "LOAN-" + application.getId();
        for (Long assetId : application.getAssetIds()) {
            List<PledgeCheck> assetChecks = pledges.check(assetId, new PledgeRequest(
                    application.getApplicantOrganizationId(), finalDue, null, null, false));
            boolean pledgedForThisLoan = pledges.activePledge(assetId)
                    .filter(pledge -> ownReference.equals(pledge.getReference())).isPresent();
            checks.put(assetId, pledgedForThisLoan ? withOwnPledge(assetChecks) : assetChecks);
        }
        return checks;
    }

    /** Shows the pledge this loan registered as what it is, not as a second pledge that blocks the loan. */
    private static List<PledgeCheck> withOwnPledge(List<PledgeCheck> checks) {
        return checks.stream().map(check -> check.ground() == PledgeRefusalGround.ALREADY_PLEDGED
                ? new PledgeCheck(check.ground(), PledgeCheck.Outcome.PASS, "loan.check.ownPledge", List.of())
                : check).toList();
    }

    @Transactional
    public LoanApplication recordValuation(Long id, long version, Money value, BigDecimal cap, String reference,
            CurrentUser user) {
        LoanApplication application = forLender(id, version, user);
        if (value == null || !value.isPositive() || cap == null || cap.signum() <= 0 || cap.compareTo(BigDecimal.ONE) > 0
                || reference == null || reference.isBlank()) {
            throw InvalidInputException.of("conservativeValue", "loan.valuation.invalid");
        }
        application.recordValuation(value, cap, reference.trim(), actor(user), clock.instant());
        return application;
    }

    @Transactional
    public LoanApplication decideGuarantee(Long id, long version, boolean accepted, String note, CurrentUser user) {
        LoanApplication application = current(id, version);
        requireRole(user, Role.GUARANTOR, Role.INSURER);
        if (!user.organizationId().equals(application.getGuarantorOrganizationId())) {
            throw notFound(id);
        }
        application.decideGuarantee(accepted, actor(user), note, clock.instant());
        return application;
    }

    /**
     * Records the maker's proposal. The amount may not exceed the pledge-rate cap times the conservative value
     * of the valuation, rounded down to the fen. When the application names a product, the amount, the rate and
     * the applied term must also lie in the product's ranges, with the rate range priced on today's LPR.
     */
    @Transactional
    public LoanApplication prepare(Long id, long version, Money amount, BigDecimal rate, String note,
            CurrentUser user) {
        LoanApplication application = forLender(id, version, user);
        if (amount == null || !amount.isPositive() || rate == null || rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
            throw InvalidInputException.of("approvedAmount", "loan.approval.invalid");
        }
        if (application.getConservativeValue() != null) {
            Money limit = application.getConservativeValue().times(application.getPledgeRateCap(), RoundingMode.DOWN);
            if (amount.compareTo(limit) > 0) {
                throw new BusinessRuleException("loan.amount.above-cap", "loan.amount.aboveCap", amount, limit,
                        application.getPledgeRateCap().movePointRight(2).stripTrailingZeros().toPlainString(),
                        application.getConservativeValue());
            }
        }
        requireWithinProduct(application, amount, rate);
        application.prepareApproval(amount, rate, actor(user), note, clock.instant());
        return application;
    }

    /** Returns today's ranges of the product the application names, or empty when it names none. */
    @Transactional(readOnly = true)
    public Optional<ProductLimits> productLimits(LoanApplication application) {
        return application.getProductId() == null ? Optional.empty()
                : productTerms.limitsFor(application.getProductId(), application.getTermMonths(), today());
    }

    private void requireWithinProduct(LoanApplication application, Money amount, BigDecimal rate) {
        if (application.getProductId() == null) {
            return;
        }
        Optional<ProductLimits> limits = productLimits(application);
        if (limits.isEmpty()) {
            log.warn("Loan application {} names product {}, which does not exist; its ranges are not checked",
                    application.getId(), application.getProductId());
            return;
        }
        List<Violation> violations = ProductLimitsValidator.violations(limits.get(), amount, rate,
                application.getTermMonths());
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    @Transactional
    public LoanApplication approve(Long id, long version, String note, CurrentUser user) {
        LoanApplication application = forLender(id, version, user);
        application.approve(actor(user), note, clock.instant());
        log.info("Loan application {} approved by {}", id, user.username());
        return application;
    }

    @Transactional
    public LoanApplication reject(Long id, long version, String reason, CurrentUser user) {
        LoanApplication application = forLender(id, version, user);
        requireReason(reason);
        application.reject(actor(user), reason.trim(), clock.instant());
        return application;
    }

    @Transactional
    public LoanApplication withdraw(Long id, long version, String reason, CurrentUser user) {
        LoanApplication application = current(id, version);
        requireRole(user, Role.ENTERPRISE);
        if (!user.organizationId().equals(application.getApplicantOrganizationId())) {
            throw notFound(id);
        }
        application.withdraw(actor(user), reason, clock.instant());
        return application;
    }

    /** Records the CNIPA pledge registration and marks every pledged asset as pledged. */
    @Transactional
    public LoanApplication registerPledge(Long id, long version, String number, LocalDate registeredOn,
            CurrentUser user) {
        LoanApplication application = forLender(id, version, user);
        if (number == null || number.isBlank() || registeredOn == null) {
            throw InvalidInputException.of("registrationNumber", "loan.registration.invalid");
        }
        application.registerPledge(number.trim(), registeredOn, actor(user), clock.instant());
        LocalDate finalDue = registeredOn.plusMonths(application.getTermMonths());
        for (Long assetId : application.getAssetIds()) {
            pledges.record(assetId, new PledgeService.Registration(application.getApplicantOrganizationId(),
                    application.getLenderOrganizationId(), "LOAN-" + id, number.trim(), registeredOn, finalDue),
                    user.username());
        }
        return application;
    }

    /** Records the disbursement and fixes the repayment schedule from the approved terms. */
    @Transactional
    public LoanApplication disburse(Long id, long version, LocalDate on, CurrentUser user) {
        LoanApplication application = forLender(id, version, user);
        if (on == null) {
            throw InvalidInputException.of("disbursedOn", "loan.disbursement.dateMissing");
        }
        application.disburse(on, actor(user), clock.instant());
        schedules.fix(application);
        log.info("Loan application {} disbursed on {}", id, on);
        return application;
    }

    /**
     * Records the lender's declaration that a disbursed loan is in default. Only a user of the lending bank may
     * declare it; whether the loan is overdue long enough is for the caller to decide.
     */
    @Transactional
    public LoanSummary declareDefault(Long id, String reason, CurrentUser user) {
        LoanApplication application = applications.findById(id).orElseThrow(() -> notFound(id));
        requireRole(user, Role.BANK);
        if (!user.organizationId().equals(application.getLenderOrganizationId())) {
            throw notFound(id);
        }
        requireReason(reason);
        application.declareDefault(actor(user), reason, clock.instant());
        log.info("Loan application {} declared in default", id);
        Long coverer = application.getGuarantorOrganizationId();
        boolean insured = coverer != null && organizations.find(coverer)
                .filter(organization -> organization.getType() == OrganizationType.INSURER).isPresent();
        return LoanSummary.of(application, insured ? Set.of(coverer) : Set.of());
    }

    @Transactional(readOnly = true)
    public LoanApplication get(Long id, CurrentUser user) {
        LoanApplication application = visible(id, user);
        application.getEvents();
        application.getAssetIds();
        return application;
    }

    /** Returns the repayment schedule fixed at disbursement, empty before. */
    @Transactional(readOnly = true)
    public List<Installment> schedule(Long id, CurrentUser user) {
        visible(id, user);
        return schedules.find(id);
    }

    @Transactional(readOnly = true)
    public List<LoanApplication> list(CurrentUser user) {
        List<LoanApplication> found = user.isPlatformStaff() ? applications.findAllByOrderByUpdatedAtDesc()
                : applications.involving(user.organizationId());
        return new ArrayList<>(found);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
    }

    private LoanApplication forLender(Long id, long version, CurrentUser user) {
        LoanApplication application = current(id, version);
        requireRole(user, Role.BANK);
        if (!user.organizationId().equals(application.getLenderOrganizationId())) {
            throw notFound(id);
        }
        return application;
    }

    private LoanApplication current(Long id, long version) {
        LoanApplication application = applications.findById(id).orElseThrow(() -> notFound(id));
        if (application.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(LoanApplication.class, id);
        }
        return application;
    }

    private LoanApplication visible(Long id, CurrentUser user) {
        return applications.findById(id)
                .filter(application -> user.isPlatformStaff() || application.involves(user.organizationId()))
                .orElseThrow(() -> notFound(id));
    }

    private boolean isVerified(Long organizationId, OrganizationType type) {
        return organizationId != null && organizations.find(organizationId)
                .filter(organization -> organization.isVerified() && organization.getType() == type).isPresent();
    }

    private static void requireRole(CurrentUser user, Role... roles) {
        if (!user.hasRole(roles)) {
            throw new AccessDeniedException("Role " + user.role() + " may not take this step");
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "loan.reason.missing");
        }
    }

    private static Actor actor(CurrentUser user) {
        return new Actor(user.username(), user.organizationId());
    }

    private static NotFoundException notFound(Long id) {
        return new NotFoundException("loan-application.not-found", "loan.application.notFound", id);
    }
}
