package cn.ipfin.roadshow;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface InvestorInterests extends JpaRepository<InvestorInterest, Long> {

    List<InvestorInterest> findByProjectIdOrderByCreatedAtDesc(Long projectId);

    List<InvestorInterest> findByProjectIdAndInvestorOrganizationIdOrderByCreatedAtDesc(Long projectId,
            Long investorOrganizationId);

    List<InvestorInterest> findByInvestorOrganizationIdOrderByCreatedAtDesc(Long investorOrganizationId);
}
