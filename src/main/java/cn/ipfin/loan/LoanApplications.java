package cn.ipfin.loan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LoanApplications extends JpaRepository<LoanApplication, Long> {

    @Query("""
            select a from LoanApplication a
            where a.applicantOrganizationId = :org or a.lenderOrganizationId = :org or a.guarantorOrganizationId = :org
            order by a.updatedAt desc
            """)
    List<LoanApplication> involving(@Param("org") Long organizationId);

    List<LoanApplication> findAllByOrderByUpdatedAtDesc();

    List<LoanApplication> findByApplicantOrganizationIdOrderBySubmittedOnDesc(Long organizationId);

    // ---- Summary projections (read by LoanQueries for the monitoring sweep) ----

    @Query("""
            select new cn.ipfin.loan.LoanSummaryRow(a.id, a.applicantOrganizationId, a.lenderOrganizationId,
                a.guarantorOrganizationId, a.productId, a.state, coalesce(a.approvedAmount, a.amount),
                coalesce(a.approvedRate, a.annualRate), a.termMonths, a.method, a.submittedOn, a.disbursedOn,
                a.registrationNumber)
            from LoanApplication a
            where a.state in :states
            order by a.id
            """)
    List<LoanSummaryRow> summariesIn(@Param("states") Collection<ApplicationState> states);

    @Query("select a.id, asset from LoanApplication a join a.assetIds asset where a.state in :states")
    List<Object[]> pledgedAssetsIn(@Param("states") Collection<ApplicationState> states);

    // ---- Statistics projections (read by LoanQueries for dashboards) ----

    @Query("""
            select new cn.ipfin.loan.LoanFigureRow(a.id, a.applicantOrganizationId, a.lenderOrganizationId,
                a.productId, a.state, coalesce(a.approvedAmount, a.amount), coalesce(a.approvedRate, a.annualRate),
                a.submittedOn, a.disbursedOn)
            from LoanApplication a
            where a.submittedOn <= :to or a.disbursedOn <= :to
            """)
    List<LoanFigureRow> figuresUpTo(@Param("to") LocalDate to);

    @Query("""
            select a.id, asset from LoanApplication a join a.assetIds asset
            where a.submittedOn <= :to or a.disbursedOn <= :to
            """)
    List<Object[]> pledgedAssetsUpTo(@Param("to") LocalDate to);
}
