package cn.ipfin.subsidy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import cn.ipfin.core.error.BusinessRuleException;
import cn.ipfin.core.error.ConflictException;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.NotFoundException;
import cn.ipfin.core.time.ClockConfiguration;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.identity.Role;
import cn.ipfin.loan.ApplicationState;
import cn.ipfin.loan.LoanQueries;
import cn.ipfin.loan.LoanSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs subsidy claims: the enterprise previews and submits a claim on its disbursed or settled loan, a government
 * user reviews it and a second user of the same government organisation approves or rejects it, and the payout
 * is recorded. Enterprises see their own claims, banks the claims on loans they lent (read-only), government and
 * platform staff all claims. Every step names the lock version it read and fails with 409 on a stale one.
 */
@Service
public class SubsidyClaimService {

    /** Loan states on which interest has been paid and a claim may be made. */
    static final Set<ApplicationState> CLAIMABLE_LOAN_STATES = EnumSet.of(ApplicationState.DISBURSED,
            ApplicationState.SETTLED);
    /** Claim states that hold their period and their share of the yearly cap. */
    static final Set<ClaimState> LIVE_STATES = EnumSet.of(ClaimState.SUBMITTED, ClaimState.RETURNED,
            ClaimState.RECOMMENDED, ClaimState.APPROVED, ClaimState.PAID);
    /** First key of the advisory locks that serialise the claims of one enterprise. */
    private static final int CLAIM_LOCK_CLASS = 50;

    private static final Logger log = LoggerFactory.getLogger(SubsidyClaimService.class);

    private final SubsidyClaims claims;
    private final ClaimAssessor assessor;
    private final LoanQueries loans;
    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private final Clock clock;

    SubsidyClaimService(SubsidyClaims claims, ClaimAssessor assessor, LoanQueries loans, JdbcTemplate jdbc,
            MessageSource messages, Clock clock) {
        this.claims = claims;
        this.assessor = assessor;
        this.loans = loans;
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    /** Computes eligibility and amount without saving anything. */
    @Transactional(readOnly = true)
    public ClaimBasis preview(ClaimRequest request, CurrentUser user) {
        requireRole(user, Role.ENTERPRISE);
        LoanSummary loan = claimableLoan(request, user);
        return assessor.assess(loan, request, null);
    }

    /**
     * Submits a claim. Claims of one enterprise are serialised by a transaction-scoped advisory lock, so two
     * requests for overlapping periods, or for the last part of a yearly cap, cannot both succeed.
     */
    @Transactional
    public SubsidyClaim submit(ClaimRequest request, CurrentUser user) {
        requireRole(user, Role.ENTERPRISE);
        LoanSummary loan = claimableLoan(request, user);
        lockClaimsOf(loan.applicantOrganizationId());
        for (SubsidyClaim other : claims.findByLoanIdAndStateIn(loan.id(), LIVE_STATES)) {
            if (other.overlaps(request.periodFrom(), request.periodTo())) {
                throw new ConflictException("subsidy.claim.overlap", "subsidy.claim.overlap", request.periodFrom(),
                        request.periodTo(), other.getId(), other.getPeriodFrom(), other.getPeriodTo());
            }
        }
        ClaimBasis basis = assessor.assess(loan, request, null);
        requireAmount(basis);

        SubsidyClaim claim = claims.save(new SubsidyClaim(basis, user, clock.instant()));
        log.info("Subsidy claim {} submitted on loan {} under policy {} version {} for {}", claim.getId(),
                loan.id(), basis.policy().getCode(), basis.policy().getVersionNumber(), claim.getAmount());
        return claim;
    }

    @Transactional
    public SubsidyClaim recommend(Long id, long version, String note, CurrentUser user) {
        SubsidyClaim claim = forGovernment(id, version, user);
        claim.recommend(user, blankToNull(note), clock.instant());
        return claim;
    }

    @Transactional
    public SubsidyClaim returnToEnterprise(Long id, long version, String reason, CurrentUser user) {
        SubsidyClaim claim = forGovernment(id, version, user);
        claim.returnToEnterprise(user, requireReason(reason), clock.instant());
        return claim;
    }

    @Transactional
    public SubsidyClaim approve(Long id, long version, String note, CurrentUser user) {
        SubsidyClaim claim = forGovernment(id, version, user);
        claim.approve(user, blankToNull(note), clock.instant());
        log.info("Subsidy claim {} approved by {}", id, user.username());
        return claim;
    }

    @Transactional
    public SubsidyClaim reject(Long id, long version, String reason, CurrentUser user) {
        SubsidyClaim claim = forGovernment(id, version, user);
        claim.reject(user, requireReason(reason), clock.instant());
        return claim;
    }

    @Transactional
    public SubsidyClaim recordPayout(Long id, long version, LocalDate paidOn, String reference, CurrentUser user) {
        SubsidyClaim claim = forGovernment(id, version, user);
        List<InvalidInputException.Violation> violations = new ArrayList<>();
        if (paidOn == null) {
            violations.add(new InvalidInputException.Violation("paidOn", "subsidy.claim.paidOn.missing"));
        } else if (paidOn.isAfter(today())) {
            violations.add(new InvalidInputException.Violation("paidOn", "subsidy.claim.paidOn.future", today()));
        }
        if (reference == null || reference.isBlank() || reference.strip().length() > 100) {
            violations.add(new InvalidInputException.Violation("payoutReference", "subsidy.claim.reference.invalid"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        claim.recordPayout(user, paidOn, reference.strip(), clock.instant());
        log.info("Subsidy claim {} paid on {}", id, paidOn);
        return claim;
    }

    /** Submits a returned claim again with its amount recomputed. */
    @Transactional
    public SubsidyClaim resubmit(Long id, long version, String note, CurrentUser user) {
        SubsidyClaim claim = forEnterprise(id, version, user);
        lockClaimsOf(claim.getEnterpriseOrganizationId());
        LoanSummary loan = loans.find(claim.getLoanId()).orElseThrow(() -> loanNotFound(claim.getLoanId()));
        ClaimRequest request = new ClaimRequest(loan.id(), claim.getPolicyCode(), claim.getPeriodFrom(),
                claim.getPeriodTo());
        ClaimBasis basis = assessor.assess(loan, request, claim.getId());
        requireAmount(basis);
        claim.resubmit(basis, user, blankToNull(note), clock.instant());
        return claim;
    }

    @Transactional
    public SubsidyClaim withdraw(Long id, long version, String reason, CurrentUser user) {
        SubsidyClaim claim = forEnterprise(id, version, user);
        claim.withdraw(user, blankToNull(reason), clock.instant());
        return claim;
    }

    @Transactional(readOnly = true)
    public SubsidyClaim get(Long id, CurrentUser user) {
        return claims.findById(id).filter(claim -> visibleTo(claim, user)).orElseThrow(() -> notFound(id));
    }

    /** Returns the claims the user may see, optionally of one state; government queues list the oldest first. */
    @Transactional(readOnly = true)
    public List<SubsidyClaim> list(CurrentUser user, ClaimState state) {
        List<SubsidyClaim> found;
        if (seesAll(user)) {
            found = state == null ? claims.findAllByOrderBySubmittedAtDesc()
                    : claims.findByStateOrderBySubmittedAtAsc(state);
        } else if (user.hasRole(Role.ENTERPRISE)) {
            found = claims.findByEnterpriseOrganizationIdOrderBySubmittedAtDesc(user.organizationId());
        } else if (user.hasRole(Role.BANK)) {
            found = claims.findByLenderOrganizationIdOrderBySubmittedAtDesc(user.organizationId());
        } else {
            found = List.of();
        }
        return found.stream().filter(claim -> state == null || claim.getState() == state).toList();
    }

    /** Returns the enterprise's loans on which it may claim. */
    @Transactional(readOnly = true)
    public List<LoanSummary> claimableLoans(CurrentUser user) {
        if (!user.hasRole(Role.ENTERPRISE)) {
            return List.of();
        }
        return loans.ofApplicant(user.organizationId()).stream()
                .filter(loan -> CLAIMABLE_LOAN_STATES.contains(loan.state())).toList();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
    }

    private LoanSummary claimableLoan(ClaimRequest request, CurrentUser user) {
        List<InvalidInputException.Violation> violations = ClaimRequestValidator.violations(request, today());
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        LoanSummary loan = loans.find(request.loanId())
                .filter(found -> user.organizationId().equals(found.applicantOrganizationId()))
                .orElseThrow(() -> loanNotFound(request.loanId()));
        if (!CLAIMABLE_LOAN_STATES.contains(loan.state())) {
            throw new BusinessRuleException("subsidy.loan.not-disbursed", "subsidy.loan.notDisbursed", loan.id(),
                    messages.getMessage(loan.state().messageKey(), null, loan.state().name(), locale()));
        }
        if (loan.disbursedOn() != null && request.periodFrom().isBefore(loan.disbursedOn())) {
            throw InvalidInputException.of("periodFrom", "subsidy.claim.periodBeforeDisbursement",
                    loan.disbursedOn());
        }
        return loan;
    }

    private void requireAmount(ClaimBasis basis) {
        SubsidyAssessment assessment = basis.assessment();
        if (!assessment.eligible()) {
            String reasons = assessment.reasons().stream()
                    .map(reason -> messages.getMessage(reason.messageKey(), reason.arguments().toArray(), locale()))
                    .collect(Collectors.joining("；"));
            throw new BusinessRuleException("subsidy.claim.ineligible", "subsidy.claim.ineligible", reasons);
        }
        if (!assessment.total().isPositive()) {
            throw new BusinessRuleException("subsidy.claim.nothing-to-claim", "subsidy.claim.nothingToClaim",
                    basis.interestPaid());
        }
    }

    private void lockClaimsOf(Long organizationId) {
        jdbc.query("select pg_advisory_xact_lock(?, ?)", row -> { }, CLAIM_LOCK_CLASS,
                (int) (organizationId % Integer.MAX_VALUE));
    }

    private SubsidyClaim forGovernment(Long id, long version, CurrentUser user) {
        requireRole(user, Role.GOVERNMENT);
        return current(id, version);
    }

    private SubsidyClaim forEnterprise(Long id, long version, CurrentUser user) {
        requireRole(user, Role.ENTERPRISE);
        SubsidyClaim claim = current(id, version);
        if (!user.organizationId().equals(claim.getEnterpriseOrganizationId())) {
            throw notFound(id);
        }
        return claim;
    }

    private SubsidyClaim current(Long id, long version) {
        SubsidyClaim claim = claims.findById(id).orElseThrow(() -> notFound(id));
        if (claim.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(SubsidyClaim.class, id);
        }
        return claim;
    }

    private static boolean visibleTo(SubsidyClaim claim, CurrentUser user) {
        if (seesAll(user)) {
            return true;
        }
        if (user.hasRole(Role.ENTERPRISE)) {
            return user.organizationId().equals(claim.getEnterpriseOrganizationId());
        }
        return user.hasRole(Role.BANK) && user.organizationId().equals(claim.getLenderOrganizationId());
    }

    private static boolean seesAll(CurrentUser user) {
        return user.hasRole(Role.GOVERNMENT) || user.isPlatformStaff();
    }

    private static void requireRole(CurrentUser user, Role role) {
        if (!user.hasRole(role)) {
            throw new AccessDeniedException("Role " + user.role() + " may not take this step");
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "subsidy.claim.reason.missing");
        }
        return reason.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private static NotFoundException notFound(Long id) {
        return new NotFoundException("subsidy-claim.not-found", "subsidy.claim.notFound", id);
    }

    private static NotFoundException loanNotFound(Long id) {
        return new NotFoundException("subsidy.loan.not-found", "subsidy.loan.notFound", id);
    }
}
