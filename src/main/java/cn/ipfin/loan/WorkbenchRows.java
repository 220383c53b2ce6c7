package cn.ipfin.loan;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Reads the workbench rows, oldest submission first, without loading each application's collections. */
interface WorkbenchRows extends Repository<LoanApplication, Long> {

    @Query("""
            select new cn.ipfin.loan.WorkbenchRow(a.id, a.applicantOrganizationId, a.lenderOrganizationId, a.productId,
                a.state, a.amount, a.termMonths, a.submittedOn, a.reviewDueOn)
            from LoanApplication a where a.lenderOrganizationId = :lender
            order by a.submittedOn asc, a.id asc
            """)
    List<WorkbenchRow> ofLender(@Param("lender") Long lenderOrganizationId);

    @Query("""
            select new cn.ipfin.loan.WorkbenchRow(a.id, a.applicantOrganizationId, a.lenderOrganizationId, a.productId,
                a.state, a.amount, a.termMonths, a.submittedOn, a.reviewDueOn)
            from LoanApplication a
            order by a.submittedOn asc, a.id asc
            """)
    List<WorkbenchRow> all();
}
