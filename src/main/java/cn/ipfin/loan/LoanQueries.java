package cn.ipfin.loan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.ipfin.core.error.NotFoundException;
import cn.ipfin.core.money.Money;
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

    LoanQueries(LoanApplications applications, LoanLedgers ledgers) {
        this.applications = applications;
        this.ledgers = ledgers;
    }

    public Optional<LoanSummary> find(Long id) {
        return applications.findById(id).map(LoanSummary::of);
    }

    public List<LoanSummary> ofApplicant(Long organizationId) {
        return applications.findByApplicantOrganizationIdOrderBySubmittedOnDesc(organizationId).stream()
                .map(LoanSummary::of).toList();
    }

    public List<LoanSummary> all() {
        return applications.findAllByOrderByUpdatedAtDesc().stream().map(LoanSummary::of).toList();
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
}
