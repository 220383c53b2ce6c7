package cn.ipfin.servicedesk;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TicketComments extends JpaRepository<TicketComment, Long> {

    List<TicketComment> findByTicketIdOrderByCreatedAtAscIdAsc(Long ticketId);
}
