package cn.ipfin.valuation;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ValuationAssignments extends JpaRepository<ValuationAssignment, Long> {

    @Query("select a from ValuationAssignment a where a.requesterOrganizationId = ?1 or a.evaluatorOrganizationId = ?1")
    Page<ValuationAssignment> findInvolving(Long organizationId, Pageable pageable);

    List<ValuationAssignment> findByRequesterOrganizationIdAndPurpose(Long requesterOrganizationId, String purpose);
}
