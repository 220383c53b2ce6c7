package cn.ipfin.loan;

import java.util.List;
import java.util.Optional;

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

    LoanQueries(LoanApplications applications) {
        this.applications = applications;
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
}
