package cn.ipfin.recovery;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.ipfin.core.error.BusinessRuleException;
import cn.ipfin.core.error.ConflictException;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.NotFoundException;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.time.ClockConfiguration;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.identity.Role;
import cn.ipfin.loan.ApplicationState;
import cn.ipfin.loan.LoanApplicationService;
import cn.ipfin.loan.LoanPosition;
import cn.ipfin.loan.LoanQueries;
import cn.ipfin.loan.LoanSummary;
import cn.ipfin.notification.Notifications;
import cn.ipfin.organization.OrganizationService;
import cn.ipfin.organization.OrganizationType;
import cn.ipfin.product.FinancialProduct;
import cn.ipfin.product.FinancingModelService;
import cn.ipfin.product.FinancingModelService.AllocatedShare;
import cn.ipfin.product.ProductService;
import cn.ipfin.product.RiskParty;
import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs a defaulted loan from the lender's declaration to the close of its disposal. The loss is shared by the
 * financing model's ratios, each claim goes through maker and checker at the paying party, pool claims are paid
 * from the risk-compensation pool, and the sale proceeds are shared back.
 */
@Service
public class RecoveryService {

    private static final Logger log = LoggerFactory.getLogger(RecoveryService.class);

    /** The actor named in the history for steps the market's events take. */
    static final String MARKET_ACTOR = "market";

    /** The lender's declaration of default and who pays each share. Null payers fall back to the loan's. */
    public record Declaration(Long loanId, String reason, BigDecimal priorRecoveries, Long guarantorOrganizationId,
            Long insurerOrganizationId, Long evaluatorOrganizationId) {
    }

    /** The pool's balance and movements, and the outstanding principal of the loans it covers. */
    public record PoolSummary(Money contributions, Money payouts, Money balance, Money coveredOutstanding,
            BigDecimal leverage, List<PoolEntry> entries) {
    }

    private final DefaultCases cases;
    private final LossClaims claims;
    private final PoolEntries pool;
    private final LoanQueries loans;
    private final LoanApplicationService loanApplications;
    private final ProductService products;
    private final FinancingModelService models;
    private final OrganizationService organizations;
    private final Notifications notifications;
    private final EntityManager entityManager;
    private final Clock clock;
    private final int defaultThresholdDays;
    private final RecoveryAllocationCalculator allocation = new RecoveryAllocationCalculator();

    RecoveryService(DefaultCases cases, LossClaims claims, PoolEntries pool, LoanQueries loans,
            LoanApplicationService loanApplications, ProductService products, FinancingModelService models,
            OrganizationService organizations, Notifications notifications, EntityManager entityManager,
            Clock clock, @Value("${ipfin.recovery.default-after-days:90}") int defaultThresholdDays) {
        this.cases = cases;
        this.claims = claims;
        this.pool = pool;
        this.loans = loans;
        this.loanApplications = loanApplications;
        this.products = products;
        this.models = models;
        this.organizations = organizations;
        this.notifications = notifications;
        this.entityManager = entityManager;
        this.clock = clock;
        this.defaultThresholdDays = defaultThresholdDays;
    }

    /**
     * Declares a loan in default, fixes the loss on today's position and opens one claim per party of the
     * financing model. Only the lending bank may declare, and only after the product's overdue threshold.
     */
    @Transactional
    public DefaultCase declare(Declaration declaration, CurrentUser user) {
        requireRole(user, Role.BANK);
        LoanSummary loan = loans.find(declaration.loanId()).filter(found -> found.lenderOrganizationId()
                .equals(user.organizationId())).orElseThrow(() -> loanNotFound(declaration.loanId()));
        if (loan.state() != ApplicationState.DISBURSED) {
            throw new ConflictException("recovery.loan.not-disbursed", "recovery.loan.notDisbursed", loan.id());
        }
        if (cases.findByLoanId(loan.id()).isPresent()) {
            throw new ConflictException("recovery.case.exists", "recovery.case.exists", loan.id());
        }
        if (declaration.reason() == null || declaration.reason().isBlank()) {
            throw InvalidInputException.of("reason", "recovery.reason.missing");
        }
        Money prior = declaration.priorRecoveries() == null ? Money.ZERO : Money.of(declaration.priorRecoveries());
        if (prior.isNegative()) {
            throw InvalidInputException.of("priorRecoveries", "recovery.priorRecoveries.negative");
        }

        LocalDate today = today();
        LoanPosition position = loans.position(loan.id(), today);
        Optional<FinancialProduct> product = products.find(loan.productId());
        int threshold = product.map(FinancialProduct::getDefaultAfterDays).orElse(defaultThresholdDays);
        if (position.daysPastDue() < threshold) {
            throw new BusinessRuleException("recovery.default.too-early", "recovery.default.tooEarly",
                    position.daysPastDue(), threshold);
        }

        String modelCode = product.map(FinancialProduct::getFinancingModel).orElse(null);
        DefaultCase defaultCase = new DefaultCase(loan.id(), loan.lenderOrganizationId(),
                loan.applicantOrganizationId(), modelCode, today, position.daysPastDue(),
                position.outstandingPrincipal(), position.accruedInterest(), position.accruedPenalty(), prior,
                declaration.reason().strip(), user.username());
        Money loss = defaultCase.getLossAmount();
        List<AllocatedShare> shares = modelCode == null
                ? List.of(new AllocatedShare(RiskParty.BANK, BigDecimal.valueOf(100), loss))
                : models.allocate(modelCode, loss);
        Map<RiskParty, Long> payers = payers(declaration, loan, shares);
        for (AllocatedShare share : shares) {
            defaultCase.addClaim(share.party(), payers.get(share.party()), share.sharePercent(), share.amount());
        }
        defaultCase.record("declare", null, user.username(), user.organizationId(), declaration.reason().strip(),
                clock.instant());
        for (LossClaim claim : defaultCase.getClaims()) {
            defaultCase.record("claim", claim.getParty(), user.username(), user.organizationId(),
                    claim.getAmount().toString(), clock.instant());
        }
        loanApplications.declareDefault(loan.id(), declaration.reason().strip(), user);
        DefaultCase saved = cases.save(defaultCase);
        for (LossClaim claim : saved.getClaims()) {
            if (claim.getStatus() == ClaimStatus.PENDING && claim.getPayerOrganizationId() != null) {
                notifications.notifyOrganization(claim.getPayerOrganizationId(), "recovery.claim",
                        "recovery.notify.claimOpened", List.of(String.valueOf(loan.id()), claim.getAmount().toString()),
                        "/recovery/" + saved.getId());
            }
        }
        log.info("Loan {} declared in default, case {} with loss {}", loan.id(), saved.getId(), loss);
        return saved;
    }

    /** Records the paying party's first user proposing to pay its share (经办). */
    @Transactional
    public DefaultCase recommend(Long claimId, long version, CurrentUser user) {
        LossClaim claim = payableBy(claimId, version, user);
        claim.recommend(user.username());
        claim.getDefaultCase().record("recommend", claim.getParty(), user.username(), user.organizationId(), null,
                clock.instant());
        return loaded(claim.getDefaultCase());
    }

    /** Records a second user of the paying party approving its share (复核); the recommender cannot. */
    @Transactional
    public DefaultCase approve(Long claimId, long version, String note, CurrentUser user) {
        LossClaim claim = payableBy(claimId, version, user);
        claim.approve(user.username(), note);
        claim.getDefaultCase().record("approve", claim.getParty(), user.username(), user.organizationId(), note,
                clock.instant());
        return loaded(claim.getDefaultCase());
    }

    @Transactional
    public DefaultCase reject(Long claimId, long version, String reason, CurrentUser user) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "recovery.reason.missing");
        }
        LossClaim claim = payableBy(claimId, version, user);
        claim.reject(user.username(), reason.strip());
        claim.getDefaultCase().record("reject", claim.getParty(), user.username(), user.organizationId(),
                reason.strip(), clock.instant());
        notifications.notifyOrganization(claim.getDefaultCase().getLenderOrganizationId(), "recovery.claim",
                "recovery.notify.claimRejected", List.of(String.valueOf(claim.getDefaultCase().getLoanId())),
                "/recovery/" + claim.getDefaultCase().getId());
        return loaded(claim.getDefaultCase());
    }

    /** Records the payment of an approved claim; a pool claim is paid from the pool's balance. */
    @Transactional
    public DefaultCase pay(Long claimId, long version, LocalDate paidOn, String reference, CurrentUser user) {
        LossClaim claim = payableBy(claimId, version, user);
        if (paidOn == null || paidOn.isAfter(today())) {
            throw InvalidInputException.of("paidOn", "recovery.paidOn.invalid");
        }
        if (reference == null || reference.isBlank()) {
            throw InvalidInputException.of("reference", "recovery.reference.missing");
        }
        if (claim.getParty() == RiskParty.FUND) {
            lockPool();
            Money balance = summary(pool.findAll()).balance();
            if (balance.compareTo(claim.getAmount()) < 0) {
                throw new BusinessRuleException("recovery.pool.insufficient", "recovery.pool.insufficient", balance,
                        claim.getAmount());
            }
            pool.save(new PoolEntry(PoolEntry.Kind.PAYOUT, claim.getAmount(), paidOn, reference.strip(), claim.getId(),
                    user.username(), clock.instant()));
        }
        claim.pay(paidOn, reference.strip());
        claim.getDefaultCase().record("pay", claim.getParty(), user.username(), user.organizationId(),
                reference.strip(), clock.instant());
        notifications.notifyOrganization(claim.getDefaultCase().getLenderOrganizationId(), "recovery.claim",
                "recovery.notify.claimPaid", List.of(String.valueOf(claim.getDefaultCase().getLoanId()),
                        claim.getAmount().toString()), "/recovery/" + claim.getDefaultCase().getId());
        return loaded(claim.getDefaultCase());
    }

    /**
     * Records the proceeds of a sale made off the platform, typed in by the lender, shares them back over the losses
     * borne and closes the case. A sale on the market records its proceeds from the deal's contract instead.
     */
    @Transactional
    public DefaultCase recordProceeds(Long caseId, long version, BigDecimal amount, LocalDate on, String reference,
            CurrentUser user) {
        DefaultCase defaultCase = forLender(caseId, version, user);
        List<InvalidInputException.Violation> violations = new ArrayList<>();
        if (amount == null || amount.signum() < 0 || amount.stripTrailingZeros().scale() > Money.SCALE) {
            violations.add(new InvalidInputException.Violation("proceeds", "recovery.proceeds.invalid"));
        }
        if (on == null || on.isAfter(today()) || on.isBefore(defaultCase.getDeclaredOn())) {
            violations.add(new InvalidInputException.Violation("proceedsOn", "recovery.proceedsOn.invalid"));
        }
        if (reference == null || reference.isBlank()) {
            violations.add(new InvalidInputException.Violation("reference", "recovery.reference.missing"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (defaultCase.getStatus() != CaseStatus.DISPOSING) {
            throw new ConflictException("recovery.case.illegal", "recovery.case.illegal", "proceeds",
                    defaultCase.getStatus());
        }
        defaultCase.record("sellOffPlatform", null, user.username(), user.organizationId(),
                Money.of(amount) + " / " + on + " / " + reference.strip(), clock.instant());
        allocateAndClose(defaultCase, Money.of(amount), on, reference.strip(), user.username(), user.organizationId());
        return loaded(defaultCase);
    }

    /**
     * Shares the proceeds over the losses borne, closes the case with an allocation entry and a closing entry in its
     * history, and notifies each other party of the amount it gets back.
     */
    void allocateAndClose(DefaultCase defaultCase, Money proceeds, LocalDate on, String reference, String actor,
            Long actorOrganizationId) {
        defaultCase.close(proceeds, on, reference, allocation);
        for (LossClaim claim : defaultCase.getClaims()) {
            if (claim.getRecovered() != null) {
                defaultCase.record("allocate", claim.getParty(), actor, actorOrganizationId,
                        claim.getRecovered().toString(), clock.instant());
            }
        }
        defaultCase.record("close", null, actor, actorOrganizationId, reference, clock.instant());
        for (LossClaim claim : defaultCase.getClaims()) {
            if (claim.getRecovered() != null && claim.getPayerOrganizationId() != null
                    && claim.getParty() != RiskParty.BANK) {
                notifications.notifyOrganization(claim.getPayerOrganizationId(), "recovery.claim",
                        "recovery.notify.recovered", List.of(String.valueOf(defaultCase.getLoanId()),
                                claim.getRecovered().toString()), "/recovery/" + defaultCase.getId());
            }
        }
        notifications.notifyOrganization(defaultCase.getLenderOrganizationId(), "recovery.claim",
                "recovery.notify.closed", List.of(String.valueOf(defaultCase.getLoanId()), proceeds.toString()),
                "/recovery/" + defaultCase.getId());
        log.info("Case {} closed with proceeds {} ({})", defaultCase.getId(), proceeds, reference);
    }

    /** Records money paid into the risk-compensation pool by a government user. */
    @Transactional
    public PoolEntry contribute(BigDecimal amount, LocalDate on, String reference, CurrentUser user) {
        requireRole(user, Role.GOVERNMENT);
        List<InvalidInputException.Violation> violations = new ArrayList<>();
        if (amount == null || amount.signum() <= 0 || amount.scale() > Money.SCALE) {
            violations.add(new InvalidInputException.Violation("amount", "recovery.pool.amount.invalid"));
        }
        if (on == null || on.isAfter(today())) {
            violations.add(new InvalidInputException.Violation("entryDate", "recovery.pool.date.invalid"));
        }
        if (reference == null || reference.isBlank()) {
            violations.add(new InvalidInputException.Violation("reference", "recovery.reference.missing"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        lockPool();
        return pool.save(new PoolEntry(PoolEntry.Kind.CONTRIBUTION, Money.of(amount), on, reference.strip(), null,
                user.username(), clock.instant()));
    }

    /**
     * Returns the pool's balance and its leverage: the outstanding principal of disbursed loans under a financing
     * model in which the pool shares the loss, divided by the balance.
     */
    @Transactional(readOnly = true)
    public PoolSummary pool(CurrentUser user) {
        requireRole(user, Role.GOVERNMENT, Role.OPERATOR, Role.ADMIN);
        PoolSummary summary = summary(pool.findAllByOrderByEntryDateDescIdDesc());
        // NOTE: reads the position of every disbursed loan one by one; at provincial scale this wants an
        // aggregate query in the loan module.
        Money covered = Money.ZERO;
        LocalDate today = today();
        for (LoanSummary loan : loans.all()) {
            if (loan.state() == ApplicationState.DISBURSED && poolSharesLoss(loan.productId())) {
                covered = covered.plus(loans.position(loan.id(), today).outstandingPrincipal());
            }
        }
        BigDecimal leverage = summary.balance().isPositive()
                ? covered.amount().divide(summary.balance().amount(), 2, java.math.RoundingMode.HALF_UP) : null;
        return new PoolSummary(summary.contributions(), summary.payouts(), summary.balance(), covered, leverage,
                summary.entries());
    }

    @Transactional(readOnly = true)
    public List<DefaultCase> list(CurrentUser user) {
        List<DefaultCase> found = seesAll(user) ? cases.findAllByOrderByIdDesc() : cases.involving(user.organizationId());
        found.forEach(defaultCase -> defaultCase.getClaims().size());
        return found;
    }

    @Transactional(readOnly = true)
    public DefaultCase get(Long id, CurrentUser user) {
        DefaultCase defaultCase = cases.findById(id)
                .filter(found -> seesAll(user) || found.involves(user.organizationId()))
                .orElseThrow(() -> caseNotFound(id));
        defaultCase.getClaims().size();
        defaultCase.getEvents().size();
        return defaultCase;
    }

    /**
     * Returns the cases closed within the dates, both included, with their claims loaded, for statistics. A null
     * lender means the cases of every bank.
     */
    @Transactional(readOnly = true)
    public List<DefaultCase> closedBetween(LocalDate from, LocalDate to, Long lenderOrganizationId) {
        List<DefaultCase> closed = cases.closedBetween(from, to, lenderOrganizationId);
        closed.forEach(defaultCase -> defaultCase.getClaims().size());
        return closed;
    }

    @Transactional(readOnly = true)
    public Optional<DefaultCase> forLoan(Long loanId) {
        return cases.findByLoanId(loanId);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
    }

    private Map<RiskParty, Long> payers(Declaration declaration, LoanSummary loan, List<AllocatedShare> shares) {
        Map<RiskParty, Long> payers = new java.util.EnumMap<>(RiskParty.class);
        List<InvalidInputException.Violation> violations = new ArrayList<>();
        for (AllocatedShare share : shares) {
            switch (share.party()) {
                case BANK -> payers.put(RiskParty.BANK, loan.lenderOrganizationId());
                case FUND -> payers.put(RiskParty.FUND, null);
                case GUARANTOR -> payer(RiskParty.GUARANTOR, firstOf(declaration.guarantorOrganizationId(),
                        loanPartyOfType(loan, OrganizationType.GUARANTOR)), OrganizationType.GUARANTOR,
                        "guarantorOrganizationId", payers, violations);
                case INSURER -> payer(RiskParty.INSURER, firstOf(declaration.insurerOrganizationId(),
                        loanPartyOfType(loan, OrganizationType.INSURER)), OrganizationType.INSURER,
                        "insurerOrganizationId", payers, violations);
                case EVALUATOR -> payer(RiskParty.EVALUATOR, declaration.evaluatorOrganizationId(),
                        OrganizationType.EVALUATOR, "evaluatorOrganizationId", payers, violations);
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return payers;
    }

    private void payer(RiskParty party, Long organizationId, OrganizationType type, String field,
            Map<RiskParty, Long> payers, List<InvalidInputException.Violation> violations) {
        boolean valid = organizationId != null && organizations.find(organizationId)
                .filter(organization -> organization.isVerified() && organization.getType() == type).isPresent();
        if (valid) {
            payers.put(party, organizationId);
        } else {
            violations.add(new InvalidInputException.Violation(field, "recovery.payer.missing"));
        }
    }

    private Long loanPartyOfType(LoanSummary loan, OrganizationType type) {
        Long candidate = loan.guarantorOrganizationId();
        return candidate != null && organizations.find(candidate).filter(o -> o.getType() == type).isPresent()
                ? candidate : null;
    }

    private static Long firstOf(Long given, Long fallback) {
        return given != null ? given : fallback;
    }

    private boolean poolSharesLoss(Long productId) {
        return products.find(productId).map(FinancialProduct::getFinancingModel)
                .map(code -> models.get(code).getShares().stream().anyMatch(share -> share.getParty() == RiskParty.FUND))
                .orElse(false);
    }

    private LossClaim payableBy(Long claimId, long version, CurrentUser user) {
        LossClaim claim = claims.findById(claimId).orElseThrow(() -> claimNotFound(claimId));
        boolean payer = claim.getParty() == RiskParty.FUND ? user.hasRole(Role.GOVERNMENT)
                : user.organizationId().equals(claim.getPayerOrganizationId()) && !user.hasRole(Role.BANK);
        if (!payer) {
            if (claim.getDefaultCase().involves(user.organizationId()) || user.hasRole(Role.GOVERNMENT)) {
                throw new AccessDeniedException("User " + user.username() + " does not pay claim " + claimId);
            }
            throw claimNotFound(claimId);
        }
        if (claim.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(LossClaim.class, claimId);
        }
        return claim;
    }

    /** Returns the case of the user's bank at the version the user read. */
    DefaultCase forLender(Long caseId, long version, CurrentUser user) {
        requireRole(user, Role.BANK);
        DefaultCase defaultCase = cases.findById(caseId)
                .filter(found -> found.getLenderOrganizationId().equals(user.organizationId()))
                .orElseThrow(() -> caseNotFound(caseId));
        if (defaultCase.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(DefaultCase.class, caseId);
        }
        return defaultCase;
    }

    /** Serialises pool movements with a transaction-scoped advisory lock, so two payouts never overdraw it. */
    private void lockPool() {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext('risk_pool_entry'))").getSingleResult();
    }

    /** Loads the claims and history the views read after the transaction ends. */
    static DefaultCase loaded(DefaultCase defaultCase) {
        defaultCase.getClaims().size();
        defaultCase.getEvents().size();
        return defaultCase;
    }

    private static PoolSummary summary(List<PoolEntry> entries) {
        Money in = Money.ZERO;
        Money out = Money.ZERO;
        for (PoolEntry entry : entries) {
            if (entry.getKind() == PoolEntry.Kind.CONTRIBUTION) {
                in = in.plus(entry.getAmount());
            } else {
                out = out.plus(entry.getAmount());
            }
        }
        return new PoolSummary(in, out, in.minus(out), Money.ZERO, null, entries);
    }

    private static boolean seesAll(CurrentUser user) {
        return user.isPlatformStaff() || user.hasRole(Role.GOVERNMENT);
    }

    private static void requireRole(CurrentUser user, Role... roles) {
        if (!user.hasRole(roles)) {
            throw new AccessDeniedException("Role " + user.role() + " may not take this step");
        }
    }

    private static NotFoundException loanNotFound(Long id) {
        return new NotFoundException("loan-application.not-found", "loan.application.notFound", id);
    }

    private static NotFoundException caseNotFound(Long id) {
        return new NotFoundException("recovery.case.not-found", "recovery.case.notFound", id);
    }

    private static NotFoundException claimNotFound(Long id) {
        return new NotFoundException("recovery.claim.not-found", "recovery.claim.notFound", id);
    }
}
