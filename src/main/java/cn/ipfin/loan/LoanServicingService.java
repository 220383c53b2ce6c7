package cn.ipfin.loan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import cn.ipfin.core.error.ConflictException;
import cn.ipfin.core.error.NotFoundException;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.time.ClockConfiguration;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.identity.Role;
import cn.ipfin.ipasset.IpPledge;
import cn.ipfin.ipasset.PledgeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Services a disbursed loan (贷后还款管理): the lender bank records regular and early repayments, and everyone
 * involved in the loan sees its position, schedule and repayments. The repayment that leaves nothing owed settles
 * the loan and releases its pledges. A repayment names the account version it was entered on and fails with 409
 * when another repayment was recorded first.
 */
@Service
public class LoanServicingService {

    private static final Logger log = LoggerFactory.getLogger(LoanServicingService.class);

    private final LoanApplications applications;
    private final LoanLedgers ledgers;
    private final EarlyRepaymentCalculator earlyRepayments;
    private final PledgeService pledges;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LoanServicingService(LoanApplications applications, LoanLedgers ledgers, RepaymentScheduleCalculator calculator,
            PledgeService pledges, ApplicationEventPublisher events, Clock clock) {
        this.applications = applications;
        this.ledgers = ledgers;
        this.earlyRepayments = new EarlyRepaymentCalculator(calculator);
        this.pledges = pledges;
        this.events = events;
        this.clock = clock;
    }

    /** Returns the servicing view of a loan on a day, or empty before it is disbursed. */
    @Transactional(readOnly = true)
    public Optional<LoanServicing> servicing(Long id, LocalDate asOf, CurrentUser user) {
        LoanApplication application = visible(id, user);
        return ledgers.account(id).map(account -> {
            LoanLedger ledger = ledgers.ledger(application, account);
            return new LoanServicing(ledger.position(asOf), ledger.installments(), ledgers.repayments(id),
                    ledgers.replaced(id), account.penaltyRate(), account.version());
        });
    }

    /** Returns whether the user may record repayments on the loan: a bank user of the lender. */
    public boolean mayRecord(LoanApplication application, CurrentUser user) {
        return user.hasRole(Role.BANK) && user.organizationId().equals(application.getLenderOrganizationId());
    }

    @Transactional
    public Repayment recordRepayment(Long id, long version, Money amount, LocalDate valueDate, CurrentUser user) {
        LoanApplication application = forLender(id, user);
        LoanAccount account = account(application);
        LoanLedger ledger = ledgers.ledger(application, account);
        RepaymentRules.checkRegular(amount, valueDate, application, account, ledger, today());

        RepaymentAllocation allocation = ledger.allocate(amount, valueDate);
        ledgers.advance(id, version, valueDate, false);
        ledgers.update(id, allocation.installments());
        Repayment repayment = ledgers.insert(new Repayment(null, id, RepaymentKind.REGULAR, valueDate, amount,
                allocation.principal(), allocation.interest(), allocation.penalty(), null, account.scheduleVersion(),
                user.username(), clock.instant()), user.organizationId());
        afterRepayment(application, repayment, user);
        return repayment;
    }

    /** Quotes an early repayment without recording it; everyone who may see the loan may ask. */
    @Transactional(readOnly = true)
    public EarlyRepaymentQuote quote(Long id, EarlyRepaymentRequest request, CurrentUser user) {
        LoanApplication application = visible(id, user);
        return quote(application, account(application), request);
    }

    @Transactional
    public Repayment repayEarly(Long id, long version, EarlyRepaymentRequest request, CurrentUser user) {
        LoanApplication application = forLender(id, user);
        LoanAccount account = account(application);
        EarlyRepaymentQuote quote = quote(application, account, request);

        ledgers.advance(id, version, request.valueDate(), true);
        ledgers.update(id, quote.dueNow().installments());
        ledgers.replace(id, account.scheduleVersion(), quote.fromPeriod(), quote.schedule());
        RepaymentKind kind = quote.full() ? RepaymentKind.EARLY_FULL : RepaymentKind.EARLY_PARTIAL;
        Repayment repayment = ledgers.insert(new Repayment(null, id, kind, request.valueDate(), quote.total(),
                quote.principalPaid(), quote.interestPaid(), quote.penaltyPaid(), quote.option(),
                account.scheduleVersion() + 1, user.username(), clock.instant()), user.organizationId());
        afterRepayment(application, repayment, user);
        return repayment;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
    }

    private EarlyRepaymentQuote quote(LoanApplication application, LoanAccount account, EarlyRepaymentRequest request) {
        LoanLedger ledger = ledgers.ledger(application, account);
        RepaymentRules.checkEarly(request, application, account, ledger, today());
        return earlyRepayments.quote(ledger, application.getMethod(), application.getApprovedRate(),
                request.valueDate(), request.isFull() ? null : request.principal(), request.option());
    }

    private void afterRepayment(LoanApplication application, Repayment repayment, CurrentUser user) {
        events.publishEvent(new RepaymentRecorded(application.getId(), repayment.valueDate(), repayment.principal(),
                repayment.interest(), repayment.penalty()));
        log.info("Repayment {} of {} recorded on loan {} with value date {}", repayment.id(), repayment.amount(),
                application.getId(), repayment.valueDate());
        LoanAccount account = ledgers.account(application.getId()).orElseThrow();
        if (ledgers.ledger(application, account).isSettled(repayment.valueDate())) {
            settle(application, repayment.valueDate(), user);
        }
    }

    /** Moves the loan to SETTLED, releases the lender's active pledges on its assets and announces it. */
    private void settle(LoanApplication application, LocalDate on, CurrentUser user) {
        application.settle(on, new Actor(user.username(), user.organizationId()), clock.instant());
        for (Long assetId : application.getAssetIds()) {
            pledges.history(assetId).stream()
                    .filter(pledge -> pledge.getStatus() == IpPledge.Status.ACTIVE)
                    .filter(pledge -> application.getLenderOrganizationId().equals(pledge.getPledgeeOrganizationId()))
                    .filter(pledge -> application.getApplicantOrganizationId().equals(pledge.getPledgorOrganizationId()))
                    .forEach(pledge -> pledges.release(pledge.getId(), application.getLenderOrganizationId()));
        }
        events.publishEvent(new LoanSettled(application.getId(), application.getApplicantOrganizationId(),
                application.getLenderOrganizationId(), on, application.getAssetIds()));
        log.info("Loan {} settled on {}", application.getId(), on);
    }

    private LoanApplication forLender(Long id, CurrentUser user) {
        LoanApplication application = visible(id, user);
        if (!mayRecord(application, user)) {
            throw new AccessDeniedException("Only a bank user of the lender may record repayments on loan " + id);
        }
        return application;
    }

    private LoanAccount account(LoanApplication application) {
        if (application.getState() != ApplicationState.DISBURSED) {
            throw new ConflictException("loan.servicing.not-disbursed", "loan.servicing.notDisbursed",
                    application.getState());
        }
        return ledgers.account(application.getId()).orElseThrow(() -> new ConflictException(
                "loan.servicing.not-disbursed", "loan.servicing.notDisbursed", application.getState()));
    }

    private LoanApplication visible(Long id, CurrentUser user) {
        return applications.findById(id)
                .filter(application -> user.isPlatformStaff() || application.involves(user.organizationId()))
                .orElseThrow(() -> new NotFoundException("loan-application.not-found", "loan.application.notFound",
                        id));
    }
}
