package cn.ipfin.subsidy;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SubsidyClaims extends JpaRepository<SubsidyClaim, Long> {

    List<SubsidyClaim> findByLoanIdAndStateIn(Long loanId, Collection<ClaimState> states);

    List<SubsidyClaim> findByEnterpriseOrganizationIdOrderBySubmittedAtDesc(Long organizationId);

    List<SubsidyClaim> findByLenderOrganizationIdOrderBySubmittedAtDesc(Long organizationId);

    List<SubsidyClaim> findAllByOrderBySubmittedAtDesc();

    List<SubsidyClaim> findByStateOrderBySubmittedAtAsc(ClaimState state);

    /** Sums what an enterprise claimed under one policy in one calendar year, leaving out one claim. */
    @Query("""
            select coalesce(sum(y.amount), 0) from SubsidyClaim c join c.years y
            where c.enterpriseOrganizationId = :organizationId and c.policyCode = :policyCode and y.year = :year
              and c.state in :states and c.id <> :excludedClaimId
            """)
    BigDecimal claimedInYear(@Param("organizationId") Long organizationId, @Param("policyCode") String policyCode,
            @Param("year") int year, @Param("states") Collection<ClaimState> states,
            @Param("excludedClaimId") Long excludedClaimId);
}
