package cn.ipfin.servicedesk.api;

import java.net.URI;
import java.util.List;

import cn.ipfin.identity.CurrentUser;
import cn.ipfin.servicedesk.ServiceDeskService;
import cn.ipfin.servicedesk.ServiceDeskService.TicketAction;
import cn.ipfin.servicedesk.ServiceTicket;
import cn.ipfin.servicedesk.TicketRequest;
import cn.ipfin.servicedesk.TicketStatus;
import cn.ipfin.servicedesk.api.ServiceDeskViews.CommentView;
import cn.ipfin.servicedesk.api.ServiceDeskViews.TicketView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Service tickets for API clients. Operators read the queue and work tickets; members file and follow their
 * organisation's tickets. A transition not allowed from the ticket's status gets 409.
 */
@RestController
@RequestMapping("/api/v1/service-desk")
@PreAuthorize("isAuthenticated()")
class ServiceDeskApiController {

    private final ServiceDeskService desk;

    ServiceDeskApiController(ServiceDeskService desk) {
        this.desk = desk;
    }

    record AssignRequest(String assignee) {
    }

    record RatingRequest(Integer rating) {
    }

    record CommentRequest(String body) {
    }

    @GetMapping("/queue")
    @PreAuthorize("hasAnyRole('OPERATOR', 'ADMIN')")
    List<TicketView> queue(@RequestParam(required = false) List<TicketStatus> status) {
        return desk.queue(status).stream().map(ticket -> TicketView.of(ticket, desk.today())).toList();
    }

    @GetMapping("/tickets")
    List<TicketView> mine(@AuthenticationPrincipal CurrentUser user) {
        return desk.ofOrganization(user.organizationId()).stream()
                .map(ticket -> TicketView.of(ticket, desk.today())).toList();
    }

    @PostMapping("/tickets")
    ResponseEntity<TicketView> open(@RequestBody TicketRequest request, @AuthenticationPrincipal CurrentUser user) {
        ServiceTicket ticket = desk.open(request, user);
        return ResponseEntity.created(URI.create("/api/v1/service-desk/tickets/" + ticket.getId()))
                .body(TicketView.of(ticket, desk.today()));
    }

    @GetMapping("/tickets/{id}")
    TicketView get(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return TicketView.of(desk.get(id, user), desk.today());
    }

    @PostMapping("/tickets/{id}/assign")
    @PreAuthorize("hasAnyRole('OPERATOR', 'ADMIN')")
    TicketView assign(@PathVariable Long id, @RequestParam long version, @RequestBody AssignRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        return TicketView.of(desk.assign(id, version, body.assignee(), user), desk.today());
    }

    @PostMapping("/tickets/{id}/start")
    @PreAuthorize("hasAnyRole('OPERATOR', 'ADMIN')")
    TicketView start(@PathVariable Long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user) {
        return transition(id, version, TicketAction.START, user);
    }

    @PostMapping("/tickets/{id}/resolve")
    @PreAuthorize("hasAnyRole('OPERATOR', 'ADMIN')")
    TicketView resolve(@PathVariable Long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user) {
        return transition(id, version, TicketAction.RESOLVE, user);
    }

    @PostMapping("/tickets/{id}/close")
    TicketView close(@PathVariable Long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user) {
        return transition(id, version, TicketAction.CLOSE, user);
    }

    @PostMapping("/tickets/{id}/reopen")
    TicketView reopen(@PathVariable Long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user) {
        return transition(id, version, TicketAction.REOPEN, user);
    }

    @PostMapping("/tickets/{id}/rating")
    TicketView rate(@PathVariable Long id, @RequestBody RatingRequest body, @AuthenticationPrincipal CurrentUser user) {
        return TicketView.of(desk.rate(id, body.rating(), user), desk.today());
    }

    @GetMapping("/tickets/{id}/comments")
    List<CommentView> comments(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return desk.comments(id, user).stream().map(CommentView::of).toList();
    }

    @PostMapping("/tickets/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    CommentView comment(@PathVariable Long id, @RequestBody CommentRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        return CommentView.of(desk.comment(id, body.body(), user));
    }

    private TicketView transition(Long id, long version, TicketAction action, CurrentUser user) {
        return TicketView.of(desk.transition(id, version, action, user), desk.today());
    }
}
