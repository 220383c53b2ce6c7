package cn.ipfin.servicedesk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.ipfin.core.calendar.WorkingDayCalendarService;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.InvalidInputException.Violation;
import cn.ipfin.core.error.NotFoundException;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.identity.Role;
import cn.ipfin.identity.UserAccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The call centre's service desk. Operators see every ticket, record tickets taken by phone or at the counter,
 * and assign and work them. Members file tickets for themselves and see their organisation's tickets, which they
 * may comment on, close, reopen and rate. Another organisation's ticket is reported as missing (404). Every change
 * made by someone other than the requester sends the requester a notification.
 */
@Service
public class ServiceDeskService {

    private static final Logger log = LoggerFactory.getLogger(ServiceDeskService.class);
    private static final int QUEUE_LIMIT = 500;

    private final ServiceTickets tickets;
    private final TicketComments comments;
    private final WorkingDayCalendarService calendars;
    private final UserAccountService accounts;
    private final ServiceDeskNotices notices;
    private final Clock clock;

    ServiceDeskService(ServiceTickets tickets, TicketComments comments, WorkingDayCalendarService calendars,
            UserAccountService accounts, ServiceDeskNotices notices, Clock clock) {
        this.tickets = tickets;
        this.comments = comments;
        this.calendars = calendars;
        this.accounts = accounts;
        this.notices = notices;
        this.clock = clock;
    }

    /** An action on a ticket that changes its status. */
    public enum TicketAction {
        START, RESOLVE, CLOSE, REOPEN
    }

    @Transactional
    public ServiceTicket open(TicketRequest request, CurrentUser user) {
        validate(request, user);
        CurrentUser requester = user;
        if (user.isPlatformStaff() && request.requester() != null && !request.requester().isBlank()) {
            requester = account(request.requester().strip(), "requester");
        }
        LocalDate today = today();
        ServiceTicket ticket = tickets.save(new ServiceTicket(request, requester.username(),
                requester.organizationId(), user.username(), today,
                TicketSla.dueOn(calendars.calendar(), today, request.category()), clock.instant()));
        log.info("Service ticket {} opened by user {} via {}", ticket.getId(), user.userId(), request.channel());
        return ticket;
    }

    @Transactional(readOnly = true)
    public ServiceTicket get(Long id, CurrentUser viewer) {
        ServiceTicket ticket = tickets.findById(id).orElseThrow(() -> notFound(id));
        if (!viewer.isPlatformStaff() && !viewer.organizationId().equals(ticket.getRequesterOrganizationId())) {
            throw notFound(id);
        }
        return ticket;
    }

    /** Counts the tickets still open (new, assigned or in progress) across all organisations. */
    @Transactional(readOnly = true)
    public long countOpen() {
        long open = 0;
        for (TicketStatus status : TicketStatus.values()) {
            if (status.isOpen()) {
                open += tickets.countByStatus(status);
            }
        }
        return open;
    }

    /** Returns the open tickets for the operators' queue, the earliest due first. */
    @Transactional(readOnly = true)
    public List<ServiceTicket> queue(List<TicketStatus> statuses) {
        List<TicketStatus> wanted = statuses == null || statuses.isEmpty()
                ? List.of(TicketStatus.NEW, TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS) : statuses;
        return tickets.findByStatusInOrderByDueOnAscIdAsc(wanted, PageRequest.of(0, QUEUE_LIMIT));
    }

    @Transactional(readOnly = true)
    public List<ServiceTicket> ofOrganization(Long organizationId) {
        return tickets.findByRequesterOrganizationIdOrderByCreatedAtDesc(organizationId, PageRequest.of(0, QUEUE_LIMIT));
    }

    @Transactional(readOnly = true)
    public List<TicketComment> comments(Long ticketId, CurrentUser viewer) {
        get(ticketId, viewer);
        return comments.findByTicketIdOrderByCreatedAtAscIdAsc(ticketId);
    }

    @Transactional
    public ServiceTicket assign(Long id, long expectedVersion, String assignee, CurrentUser operator) {
        requireStaff(operator);
        ServiceTicket ticket = current(id, expectedVersion, operator);
        if (assignee == null || assignee.isBlank()) {
            throw InvalidInputException.of("assignee", "servicedesk.assignee.required");
        }
        CurrentUser staff = account(assignee.strip(), "assignee");
        if (!staff.isPlatformStaff()) {
            throw InvalidInputException.of("assignee", "servicedesk.assignee.notStaff", assignee.strip());
        }
        ticket.assign(staff.username(), clock.instant());
        return changed(ticket, operator);
    }

    @Transactional
    public ServiceTicket transition(Long id, long expectedVersion, TicketAction action, CurrentUser user) {
        ServiceTicket ticket = current(id, expectedVersion, user);
        switch (action) {
            case START -> {
                requireStaff(user);
                ticket.start(clock.instant());
            }
            case RESOLVE -> {
                requireStaff(user);
                ticket.resolve(today(), clock.instant());
            }
            case CLOSE -> ticket.close(clock.instant());
            case REOPEN -> ticket.reopen(clock.instant());
        }
        return changed(ticket, user);
    }

    /** Records the requester's satisfaction rating, 1 to 5 stars, once the ticket is resolved. */
    @Transactional
    public ServiceTicket rate(Long id, Integer stars, CurrentUser user) {
        ServiceTicket ticket = get(id, user);
        if (!ticket.getRequester().equals(user.username())) {
            throw new AccessDeniedException("Only the requester rates ticket " + id);
        }
        if (stars == null || stars < 1 || stars > 5) {
            throw InvalidInputException.of("rating", "servicedesk.rating.range");
        }
        ticket.rate(stars, clock.instant());
        tickets.flush();
        log.info("Service ticket {} rated {}", id, stars);
        return ticket;
    }

    @Transactional
    public TicketComment comment(Long id, String body, CurrentUser user) {
        ServiceTicket ticket = get(id, user);
        if (body == null || body.isBlank()) {
            throw InvalidInputException.of("body", "servicedesk.comment.required");
        }
        if (body.strip().length() > 4000) {
            throw InvalidInputException.of("body", "servicedesk.text.tooLong", 4000);
        }
        TicketComment comment = comments.save(new TicketComment(id, user.username(), body.strip(), clock.instant()));
        ticket.touch(clock.instant());
        changed(ticket, user);
        return comment;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private ServiceTicket changed(ServiceTicket ticket, CurrentUser user) {
        tickets.flush();
        if (!ticket.getRequester().equals(user.username())) {
            notices.ticketUpdated(ticket);
        }
        log.info("Service ticket {} is {} after a change by user {}", ticket.getId(), ticket.getStatus(),
                user.userId());
        return ticket;
    }

    private ServiceTicket current(Long id, long expectedVersion, CurrentUser user) {
        ServiceTicket ticket = get(id, user);
        if (ticket.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(ServiceTicket.class, id);
        }
        return ticket;
    }

    private void validate(TicketRequest request, CurrentUser user) {
        List<Violation> violations = new ArrayList<>();
        if (request.channel() == null) {
            violations.add(new Violation("channel", "servicedesk.channel.required"));
        } else if (!user.isPlatformStaff() && request.channel() != TicketChannel.WEB
                && request.channel() != TicketChannel.MOBILE) {
            violations.add(new Violation("channel", "servicedesk.channel.selfService"));
        }
        if (request.category() == null) {
            violations.add(new Violation("category", "servicedesk.category.required"));
        }
        text(violations, "subject", request.subject(), 200);
        text(violations, "description", request.description(), 4000);
        if (request.contact() != null && request.contact().strip().length() > 100) {
            violations.add(new Violation("contact", "servicedesk.text.tooLong", 100));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static void text(List<Violation> violations, String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "servicedesk." + field + ".required"));
        } else if (value.strip().length() > maxLength) {
            violations.add(new Violation(field, "servicedesk.text.tooLong", maxLength));
        }
    }

    private CurrentUser account(String username, String field) {
        try {
            return accounts.loadUserByUsername(username);
        } catch (UsernameNotFoundException e) {
            throw InvalidInputException.of(field, "servicedesk.user.unknown", username);
        }
    }

    private static void requireStaff(CurrentUser user) {
        if (!user.hasRole(Role.OPERATOR, Role.ADMIN)) {
            throw new AccessDeniedException("Only platform staff work service tickets");
        }
    }

    private static NotFoundException notFound(Long id) {
        return new NotFoundException("servicedesk.ticket.not-found", "servicedesk.ticket.notFound", String.valueOf(id));
    }
}
