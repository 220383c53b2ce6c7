package cn.ipfin.risk;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import cn.ipfin.credit.CreditRating;
import cn.ipfin.credit.CreditRatingService;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.ipasset.IpAsset;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.ipasset.IpPledge;
import cn.ipfin.ipasset.PledgeService;
import cn.ipfin.loan.ApplicationState;
import cn.ipfin.loan.LoanQueries;
import cn.ipfin.loan.LoanSummary;
import cn.ipfin.organization.Organization;
import cn.ipfin.organization.OrganizationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monitoring sweep over all disbursed loans and active pledges: repayment overdue, rating downgrade,
 * abnormal-operation list, annual fee reminders and unpaid fees. It runs nightly ({@code ipfin.risk.sweep-cron},
 * in China Standard Time) and when an operator starts it. A PostgreSQL advisory lock keeps two instances from
 * sweeping at once. Each check raises its alert in its own transaction, so one failed check never stops the rest.
 */
@Service
public class RiskSweep {

    private static final Logger log = LoggerFactory.getLogger(RiskSweep.class);
    /** Key of the advisory lock, an arbitrary constant shared by all instances. */
    private static final long LOCK_KEY = 0x5249534b5357L;
    private static final List<RuleCode> OVERDUE_RULES = List.of(RuleCode.REPAYMENT_OVERDUE_90,
            RuleCode.REPAYMENT_OVERDUE_30, RuleCode.REPAYMENT_OVERDUE_1);

    private final AlertService alerts;
    private final RuleService rules;
    private final AlertRouting routing;
    private final LoanQueries loans;
    private final PledgeService pledges;
    private final IpAssetService assets;
    private final AnnualFeeService fees;
    private final CreditRatingService ratings;
    private final RatingMonitor ratingMonitor;
    private final OrganizationService organizations;
    private final AbnormalOperationService abnormalList;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate lockTransaction;
    private final TransactionTemplate checkTransaction;
    private final List<Integer> leadDays;

    RiskSweep(AlertService alerts, RuleService rules, AlertRouting routing, LoanQueries loans, PledgeService pledges,
            IpAssetService assets, AnnualFeeService fees, CreditRatingService ratings, RatingMonitor ratingMonitor,
            OrganizationService organizations, AbnormalOperationService abnormalList, JdbcTemplate jdbc,
            TransactionTemplate transactions, @Value("${ipfin.risk.annual-fee-lead-days:60,30,7}") List<Integer> leadDays) {
        this.alerts = alerts;
        this.rules = rules;
        this.routing = routing;
        this.loans = loans;
        this.pledges = pledges;
        this.assets = assets;
        this.fees = fees;
        this.ratings = ratings;
        this.ratingMonitor = ratingMonitor;
        this.organizations = organizations;
        this.abnormalList = abnormalList;
        this.jdbc = jdbc;
        this.lockTransaction = new TransactionTemplate(transactions.getTransactionManager());
        this.checkTransaction = new TransactionTemplate(transactions.getTransactionManager());
        this.checkTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.leadDays = leadDays.stream().sorted().toList();
    }

    /** The outcome of a sweep; {@code skipped} is true when another instance was sweeping. */
    public record Result(LocalDate asOf, int loansChecked, int pledgesChecked, int alertsRaised, boolean skipped) {
    }

    @Scheduled(cron = "${ipfin.risk.sweep-cron:0 30 1 * * *}", zone = "Asia/Shanghai")
    void nightly() {
        sweep(fees.today());
    }

    /** Runs the sweep for an operator. */
    public Result runNow(CurrentUser user) {
        if (!user.isPlatformStaff()) {
            throw new AccessDeniedException("Only platform staff start the monitoring sweep");
        }
        log.info("Monitoring sweep started by {}", user.username());
        return sweep(fees.today());
    }

    /** Sweeps as of a business date. */
    public Result sweep(LocalDate asOf) {
        Result result = lockTransaction.execute(status -> {
            Boolean locked = jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK_KEY);
            if (!Boolean.TRUE.equals(locked)) {
                return new Result(asOf, 0, 0, 0, true);
            }
            return sweepLocked(asOf);
        });
        log.info("Monitoring sweep as of {}: {}", asOf, result);
        return result;
    }

    private Result sweepLocked(LocalDate asOf) {
        int raised = 0;
        List<LoanSummary> disbursed = loans.all().stream().filter(loan -> loan.state() == ApplicationState.DISBURSED)
                .toList();
        for (LoanSummary loan : disbursed) {
            raised += count(() -> checkOverdue(loan, asOf));
            raised += count(() -> checkRating(loan));
            raised += count(() -> checkAbnormalOperation(loan));
        }
        List<IpPledge> active = pledges.activePledges(null);
        for (IpPledge pledge : active) {
            raised += count(() -> checkAnnualFee(pledge, asOf));
        }
        return new Result(asOf, disbursed.size(), active.size(), raised, false);
    }

    private int count(Supplier<Optional<Alert>> check) {
        try {
            Optional<Alert> alert = checkTransaction.execute(status -> check.get());
            return alert != null && alert.isPresent() ? 1 : 0;
        } catch (RuntimeException e) {
            log.error("A monitoring check failed; the sweep goes on", e);
            return 0;
        }
    }

    Optional<Alert> checkOverdue(LoanSummary loan, LocalDate asOf) {
        int daysPastDue = loans.position(loan.id(), asOf).daysPastDue();
        for (RuleCode code : OVERDUE_RULES) {
            RiskRule rule = rules.rule(code);
            if (rule.isEnabled() && daysPastDue >= rule.getThreshold().intValue()) {
                return alerts.raise(new AlertDraft(code, "loan:" + loan.id(), "risk.alert.message.overdue",
                        List.of(String.valueOf(loan.id()), String.valueOf(daysPastDue)), AlertRouting.forLoan(loan),
                        null, loan.id(), loan.applicantOrganizationId()));
            }
        }
        return Optional.empty();
    }

    Optional<Alert> checkRating(LoanSummary loan) {
        List<CreditRating> history = ratings.ratingsOf(loan.applicantOrganizationId());
        if (history.size() < 2) {
            return Optional.empty();
        }
        return ratingMonitor.check(loan, history.get(1).getGrade(), history.get(0).getGrade(),
                history.get(0).getId());
    }

    Optional<Alert> checkAbnormalOperation(LoanSummary loan) {
        String creditCode = organizations.find(loan.applicantOrganizationId()).map(Organization::getCreditCode)
                .orElse(null);
        return abnormalList.entriesOf(creditCode).stream().findFirst().flatMap(entry -> alerts.raise(new AlertDraft(
                RuleCode.ABNORMAL_OPERATION, "loan:" + loan.id() + ":abnormal:" + entry.getListedOn(),
                "risk.alert.message.abnormal", List.of(String.valueOf(loan.id()), entry.getName(),
                String.valueOf(entry.getListedOn()), entry.getReason() == null ? "" : entry.getReason()),
                AlertRouting.forLoan(loan), null, loan.id(), loan.applicantOrganizationId())));
    }

    Optional<Alert> checkAnnualFee(IpPledge pledge, LocalDate asOf) {
        IpAsset asset = assets.get(pledge.getAssetId());
        Optional<AnnualFeeQuote> next = fees.next(asset, asOf);
        if (next.isEmpty()) {
            return Optional.empty();
        }
        AnnualFeeQuote quote = next.get();
        Set<Long> recipients = new LinkedHashSet<>(routing.forAsset(asset.getId()));
        recipients.add(pledge.getPledgorOrganizationId());
        List<String> arguments = List.of(asset.getNumber(), String.valueOf(quote.feeYear()),
                String.valueOf(quote.dueDate()), String.valueOf(quote.lateWindowEnd()), quote.total().toString());
        if (quote.stage() != AnnualFeeQuote.Stage.NOT_YET_DUE) {
            return alerts.raise(new AlertDraft(RuleCode.ANNUAL_FEE_UNPAID,
                    "fee:" + asset.getId() + ":" + quote.feeYear(), "risk.alert.message.feeUnpaid", arguments,
                    recipients, asset.getId(), null, asset.getOwnerOrganizationId()));
        }
        long daysLeft = ChronoUnit.DAYS.between(asOf, quote.dueDate());
        Optional<Integer> lead = leadDays.stream().filter(days -> daysLeft <= days).findFirst();
        return lead.flatMap(days -> alerts.raise(new AlertDraft(RuleCode.ANNUAL_FEE_DUE,
                "fee:" + asset.getId() + ":" + quote.feeYear() + ":" + days, "risk.alert.message.feeDue", arguments,
                recipients, asset.getId(), null, asset.getOwnerOrganizationId())));
    }
}
