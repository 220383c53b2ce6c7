package cn.ipfin.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import cn.ipfin.credit.CreditRatingService;
import cn.ipfin.credit.LatestGrades;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.ipasset.IpAsset;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.ipasset.IpPledge;
import cn.ipfin.ipasset.PledgeService;
import cn.ipfin.ipasset.PledgedAsset;
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
 * sweeping at once.
 *
 * <p>The sweep reads its facts for the whole portfolio with a few set-based queries (loans, days past due,
 * latest ratings, credit codes, abnormal listings, pledged assets, paid fee years, open alerts) and applies
 * {@link SweepChecks} in memory. Only the hits reach {@link AlertService#raise(AlertDraft)}, up to 100 in one
 * transaction, and a hit that an open alert already covers with all its recipients is skipped. A check or a
 * raise that fails is logged and the sweep goes on with the rest.
 */
@Service
public class RiskSweep {

    private static final Logger log = LoggerFactory.getLogger(RiskSweep.class);
    /** Key of the advisory lock, an arbitrary constant shared by all instances. */
    private static final long LOCK_KEY = 0x5249534b5357L;
    /** Maximum drafts raised in one transaction. A larger batch commits less often but redoes more on failure. */
    private static final int RAISE_BATCH = 100;

    private final AlertService alerts;
    private final RuleService rules;
    private final AlertRouting routing;
    private final LoanQueries loans;
    private final PledgeService pledges;
    private final IpAssetService assets;
    private final AnnualFeeService fees;
    private final CreditRatingService ratings;
    private final OrganizationService organizations;
    private final AbnormalOperationService abnormalList;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate lockTransaction;
    private final TransactionTemplate checkTransaction;
    private final List<Integer> leadDays;

    RiskSweep(AlertService alerts, RuleService rules, AlertRouting routing, LoanQueries loans, PledgeService pledges,
            IpAssetService assets, AnnualFeeService fees, CreditRatingService ratings,
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
        SweepChecks checks = checks();
        List<LoanSummary> live = loans.inStates(AlertRouting.LIVE);
        List<LoanSummary> disbursed = live.stream().filter(loan -> loan.state() == ApplicationState.DISBURSED)
                .toList();
        List<PledgedAsset> pledged = pledges.activePledgedAssets();

        List<AlertDraft> drafts = new ArrayList<>(loanDrafts(disbursed, asOf, checks));
        drafts.addAll(feeDrafts(pledged, live, asOf, checks));
        OpenAlerts open = alerts.openAlerts();
        int raised = raiseAll(drafts, open);
        log.info("Monitoring sweep as of {}: {} hits, {} alerts open before, {} raised", asOf, drafts.size(),
                open.size(), raised);
        return new Result(asOf, disbursed.size(), pledged.size(), raised, false);
    }

    private SweepChecks checks() {
        return new SweepChecks(rules.all(), RatingMonitor.gradesOf(ratings.currentModel()), leadDays);
    }

    /** Applies the overdue, rating and abnormal-operation rules to the loans, after one read per kind of fact. */
    private List<AlertDraft> loanDrafts(List<LoanSummary> disbursed, LocalDate asOf, SweepChecks checks) {
        Set<Long> applicants = new HashSet<>();
        disbursed.forEach(loan -> applicants.add(loan.applicantOrganizationId()));
        Map<Long, Integer> daysPastDue = loans.daysPastDue(asOf);
        Map<Long, LatestGrades> latestGrades = ratings.latestGrades(applicants);
        Map<Long, String> creditCodes = organizations.creditCodesOf(applicants);
        Map<String, AbnormalListing> listings = abnormalList.latestListingsOf(new HashSet<>(creditCodes.values()));

        List<AlertDraft> drafts = new ArrayList<>();
        for (LoanSummary loan : disbursed) {
            Long applicant = loan.applicantOrganizationId();
            String subject = "loan " + loan.id();
            evaluate(drafts, "overdue", subject, () -> checks.overdue(loan, daysPastDue.getOrDefault(loan.id(), 0)));
            evaluate(drafts, "rating", subject, () -> Optional.ofNullable(latestGrades.get(applicant))
                    .flatMap(latest -> checks.ratingDowngrade(loan, latest)));
            evaluate(drafts, "abnormal-operation", subject, () -> Optional.ofNullable(creditCodes.get(applicant))
                    .map(listings::get).flatMap(listing -> checks.abnormalOperation(loan, listing)));
        }
        return drafts;
    }

    /** Applies the annual-fee rules to the pledged assets, after one read of paid years for all of them. */
    private List<AlertDraft> feeDrafts(List<PledgedAsset> pledged, List<LoanSummary> live, LocalDate asOf,
            SweepChecks checks) {
        Set<Long> assetIds = new HashSet<>();
        pledged.forEach(asset -> assetIds.add(asset.assetId()));
        Map<Long, Set<Integer>> paidYears = fees.paidYearsOf(assetIds);
        Map<Long, Set<Long>> routed = AlertRouting.forPledgedAssets(pledged, live);

        List<AlertDraft> drafts = new ArrayList<>();
        for (PledgedAsset asset : pledged) {
            evaluate(drafts, "annual-fee", "pledge " + asset.pledgeId(), () -> fees
                    .next(asset, paidYears.getOrDefault(asset.assetId(), Set.of()), asOf)
                    .flatMap(quote -> checks.annualFee(asset, quote, routed.get(asset.assetId()), asOf)));
        }
        return drafts;
    }

    private static void evaluate(List<AlertDraft> drafts, String check, String subject,
            Supplier<Optional<AlertDraft>> evaluation) {
        try {
            evaluation.get().ifPresent(drafts::add);
        } catch (RuntimeException e) {
            log.error("The {} check of {} failed, so the sweep continues without it", check, subject, e);
        }
    }

    /**
     * Raises each draft that no open alert covers yet and returns how many new alerts were raised. The drafts
     * go in batches of {@value #RAISE_BATCH}, one transaction each. When a batch fails, it is rolled back and
     * each of its drafts is raised in its own transaction, so one failed raise never stops the others.
     */
    int raiseAll(List<AlertDraft> drafts, OpenAlerts open) {
        List<AlertDraft> pending = drafts.stream().filter(draft -> !open.covers(draft)).toList();
        int raised = 0;
        for (int start = 0; start < pending.size(); start += RAISE_BATCH) {
            raised += raiseBatch(pending.subList(start, Math.min(pending.size(), start + RAISE_BATCH)));
        }
        return raised;
    }

    private int raiseBatch(List<AlertDraft> batch) {
        try {
            Integer raised = checkTransaction.execute(status -> {
                int count = 0;
                for (AlertDraft draft : batch) {
                    count += alerts.raise(draft).isPresent() ? 1 : 0;
                }
                return count;
            });
            return raised == null ? 0 : raised;
        } catch (RuntimeException e) {
            log.warn("Raising a batch of {} alerts failed, so each is raised on its own: {}", batch.size(),
                    e.toString());
            int raised = 0;
            for (AlertDraft draft : batch) {
                raised += raiseAlone(draft);
            }
            return raised;
        }
    }

    /** Raises one draft in its own transaction and returns 1 when a new alert was raised. */
    private int raiseAlone(AlertDraft draft) {
        try {
            Optional<Alert> alert = checkTransaction.execute(status -> alerts.raise(draft));
            return alert != null && alert.isPresent() ? 1 : 0;
        } catch (RuntimeException e) {
            log.error("Raising the {} alert on {} failed, so the sweep continues without it", draft.rule(),
                    draft.subjectKey(), e);
            return 0;
        }
    }

    // ---- Checks of one loan or pledge, outside a sweep ----

    /** Checks one loan for the overdue rules as of a date, reading its position, and raises the alert. */
    Optional<Alert> checkOverdue(LoanSummary loan, LocalDate asOf) {
        int daysPastDue = loans.position(loan.id(), asOf).daysPastDue();
        return checks().overdue(loan, daysPastDue).flatMap(alerts::raise);
    }

    /** Checks one loan's applicant against the abnormal-operation list and raises the alert. */
    Optional<Alert> checkAbnormalOperation(LoanSummary loan) {
        String creditCode = organizations.find(loan.applicantOrganizationId()).map(Organization::getCreditCode)
                .orElse(null);
        return abnormalList.entriesOf(creditCode).stream().findFirst().map(AbnormalListing::of)
                .flatMap(listing -> checks().abnormalOperation(loan, listing)).flatMap(alerts::raise);
    }

    /** Checks one active pledge for the annual-fee rules as of a date and raises the alert. */
    Optional<Alert> checkAnnualFee(IpPledge pledge, LocalDate asOf) {
        IpAsset asset = assets.get(pledge.getAssetId());
        PledgedAsset facts = new PledgedAsset(pledge.getId(), asset.getId(), pledge.getPledgorOrganizationId(),
                pledge.getPledgeeOrganizationId(), asset.getNumber(), asset.getKind(), asset.getLegalStatus(),
                asset.getFilingDate(), asset.getGrantDate(), asset.getOwnerOrganizationId());
        return fees.next(asset, asOf)
                .flatMap(quote -> checks().annualFee(facts, quote, routing.forAsset(asset.getId()), asOf))
                .flatMap(alerts::raise);
    }
}
