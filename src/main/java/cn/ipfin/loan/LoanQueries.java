package cn.ipfin.loan;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
