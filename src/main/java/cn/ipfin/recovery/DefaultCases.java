package cn.ipfin.recovery;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DefaultCases extends JpaRepository<DefaultCase, Long> {

    Optional<DefaultCase> findByLoanId(Long loanId);

    Optional<DefaultCase> findByDisposalListingId(Long listingId);

    @Query("""
            select distinct c from DefaultCase c left join c.claims claim
            where c.lenderOrganizationId = :org or c.borrowerOrganizationId = :org
               or claim.payerOrganizationId = :org
            order by c.id desc
            """)
    List<DefaultCase> involving(@Param("org") Long organizationId);

    List<DefaultCase> findAllByOrderByIdDesc();

    @Query("""
            select c from DefaultCase c
            where c.status = cn.ipfin.recovery.CaseStatus.CLOSED and c.closedOn between :from and :to
              and (:lender is null or c.lenderOrganizationId = :lender)
            order by c.id
            """)
    List<DefaultCase> closedBetween(@Param("from") LocalDate from, @Param("to") LocalDate to,
            @Param("lender") Long lenderOrganizationId);
}
