package cn.ipfin.loan;

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
}
