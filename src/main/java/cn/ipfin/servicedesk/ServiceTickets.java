package cn.ipfin.servicedesk;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceTickets extends JpaRepository<ServiceTicket, Long> {

    List<ServiceTicket> findByStatusInOrderByDueOnAscIdAsc(List<TicketStatus> statuses, Pageable pageable);

    List<ServiceTicket> findByRequesterOrganizationIdOrderByCreatedAtDesc(Long organizationId, Pageable pageable);

    long countByStatus(TicketStatus status);
}
