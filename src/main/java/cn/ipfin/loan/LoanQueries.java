package cn.ipfin.loan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.ipfin.core.error.NotFoundException;
import cn.ipfin.core.money.Money;
import cn.ipfin.organization.Organization;
import cn.ipfin.organization.OrganizationService;
import cn.ipfin.organization.OrganizationType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read side of the loan module for other modules (subsidy claims, risk monitoring, dashboards). It applies no
 * per-user visibility: callers check that their user may see the loan.
 */
@Service
@Transactional(readOnly = true)
public class LoanQueries {

    private final LoanApplications applications;
    private final LoanLedgers ledgers;
    private final OrganizationService organizations;

    LoanQueries(LoanApplications applications, LoanLedgers ledgers, OrganizationService organizations) {
        this.applications = applications;
        this.ledgers = ledgers;
        this.organizations = organizations;
    }

    public Optional<LoanSummary> find(Long id) {
        return applications.findById(id).map(application -> summaries(List.of(application)).get(0));
    }

    public List<LoanSummary> ofApplicant(Long organizationId) {
        return summaries(applications.findByApplicantOrganizationIdOrderBySubmittedOnDesc(organizationId));
    }

    public List<LoanSummary> all() {
        return summaries(applications.findAllByOrderByUpdatedAtDesc());
    }

    /**
     * Returns the loans in the given states, ordered by id, read as a scalar projection plus one query for the
     * pledged assets, so that a sweep over a province's loans loads no application entity, event or schedule.
     */
    public List<LoanSummary> inStates(Collection<ApplicationState> states) {
        Map<Long, Set<Long>> assetsByLoan = new HashMap<>();
        for (Object[] pair : applications.pledgedAssetsIn(states)) {
            assetsByLoan.computeIfAbsent((Long) pair[0], id -> new HashSet<>()).add((Long) pair[1]);
        }
        List<LoanSummaryRow> rows = applications.summariesIn(states);
        Set<Long> insurers = insurersAmong(rows.stream().map(LoanSummaryRow::guarantorOrganizationId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return rows.stream().map(row -> row.toSummary(assetsByLoan.getOrDefault(row.id(), Set.of()), insurers))
                .toList();
    }

    /**
     * Returns the days past due at the end of {@code asOf} of every loan with a servicing account, read in one
     * query. A loan with nothing overdue is left out of the map, so {@code getOrDefault(id, 0)} gives the same
     * figure as {@code position(id, asOf).daysPastDue()}.
     */
    public Map<Long, Integer> daysPastDue(LocalDate asOf) {
        return ledgers.daysPastDue(asOf);
    }

    /**
     * Returns the principal repaid on each loan with value dates on or before {@code to}, read in one query. A loan
     * with no repayment by then is left out of the map.
     */
    public Map<Long, Money> principalRepaidUpTo(LocalDate to) {
        return ledgers.principalRepaidUpTo(to);
    }

    /** Builds the summaries with one organisation look-up for all covering parties, to tell insurers apart. */
    private List<LoanSummary> summaries(List<LoanApplication> found) {
        Set<Long> insurers = insurersAmong(found.stream().map(LoanApplication::getGuarantorOrganizationId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return found.stream().map(application -> LoanSummary.of(application, insurers)).toList();
    }

    /** Returns the covering organisations that are insurers, read with one organisation look-up. */
    private Set<Long> insurersAmong(Set<Long> coverers) {
        return coverers.isEmpty() ? Set.of() : organizations.findAll(coverers).stream()
                .filter(organization -> organization.getType() == OrganizationType.INSURER)
                .map(Organization::getId).collect(Collectors.toSet());
    }

    /**
     * Returns the contract interest the borrower actually paid with value dates from {@code from} to {@code to},
     * both inclusive. Penalty interest is not included. A loan with no repayments returns zero.
     */
    public Money interestPaid(Long loanId, LocalDate from, LocalDate to) {
        return ledgers.interestPaid(loanId, from, to);
    }

    /**
     * Returns the position of a loan at the end of a day. A loan that has not been disbursed owes nothing yet, so
     * its position is all zero with no next due date.
     *
     * @throws NotFoundException when there is no loan with that id
     */
    public LoanPosition position(Long loanId, LocalDate asOf) {
        LoanApplication application = applications.findById(loanId).orElseThrow(() -> new NotFoundException(
                "loan-application.not-found", "loan.application.notFound", loanId));
        return ledgers.account(loanId).map(account -> ledgers.ledger(application, account).position(asOf))
                .orElseGet(() -> new LoanPosition(asOf, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
                        0, null, null));
    }

    /** Returns the repayments recorded on a loan, latest value date first. */
    public List<Repayment> repayments(Long loanId) {
        return ledgers.repayments(loanId);
    }

    // ---- Statistics read side (dashboards) ----

    /**
     * Returns the figures of every loan submitted or disbursed on or before {@code to}, read as one scalar
     * projection plus one query for the pledged assets, so that statistics over a province's loans load no
     * application entity, event or schedule.
     */
    public List<LoanFigure> figuresUpTo(LocalDate to) {
        Map<Long, Set<Long>> assetsByLoan = new HashMap<>();
        for (Object[] pair : applications.pledgedAssetsUpTo(to)) {
            assetsByLoan.computeIfAbsent((Long) pair[0], id -> new HashSet<>()).add((Long) pair[1]);
        }
        return applications.figuresUpTo(to).stream()
                .map(row -> row.toFigure(assetsByLoan.getOrDefault(row.id(), Set.of())))
                .toList();
    }
}
