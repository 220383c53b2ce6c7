package cn.ipfin.roadshow;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRequests extends JpaRepository<MeetingRequest, Long> {

    List<MeetingRequest> findByProjectIdOrderByCreatedAtDesc(Long projectId);

    List<MeetingRequest> findByProjectIdAndInvestorOrganizationIdOrderByCreatedAtDesc(Long projectId,
            Long investorOrganizationId);

    List<MeetingRequest> findByInvestorOrganizationIdOrderByCreatedAtDesc(Long investorOrganizationId);
}
