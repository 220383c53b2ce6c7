package cn.ipfin.valuation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ValuationReports extends JpaRepository<ValuationReport, Long> {

    Optional<ValuationReport> findByReportNumber(String reportNumber);

    Optional<ValuationReport> findByAssignmentId(Long assignmentId);

    @Query("""
            select new cn.ipfin.valuation.SignedReportTotal(r.issuedOn, count(r), sum(r.reconciledValue))
            from ValuationReport r
            where r.issuedOn between :from and :to
            group by r.issuedOn
            order by r.issuedOn
            """)
    List<SignedReportTotal> totalsByIssueDate(@Param("from") LocalDate from, @Param("to") LocalDate to);
}
