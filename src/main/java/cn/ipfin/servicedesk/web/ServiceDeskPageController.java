package cn.ipfin.servicedesk.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import cn.ipfin.identity.CurrentUser;
import cn.ipfin.servicedesk.ServiceDeskService;
import cn.ipfin.servicedesk.ServiceDeskService.TicketAction;
import cn.ipfin.servicedesk.ServiceTicket;
import cn.ipfin.servicedesk.TicketCategory;
import cn.ipfin.servicedesk.TicketChannel;
import cn.ipfin.servicedesk.TicketRequest;
import cn.ipfin.servicedesk.TicketStatus;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The service desk pages. Operators see the open queue grouped by status, with each ticket's SLA due date and
 * breaches highlighted, and record phone or walk-in tickets. Members see their organisation's tickets and file
 * new ones.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class ServiceDeskPageController {

    private final ServiceDeskService desk;
    private final MessageSource messages;

    ServiceDeskPageController(ServiceDeskService desk, MessageSource messages) {
        this.desk = desk;
        this.messages = messages;
    }

    @GetMapping("/service-desk")
    String desk(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (user.isPlatformStaff()) {
            Map<TicketStatus, List<ServiceTicket>> byStatus = desk.queue(List.of()).stream()
                    .collect(Collectors.groupingBy(ServiceTicket::getStatus, () -> new java.util.EnumMap<>(TicketStatus.class),
                            Collectors.toList()));
            model.addAttribute("queue", byStatus);
        } else {
            model.addAttribute("tickets", desk.ofOrganization(user.organizationId()));
        }
        model.addAttribute("staff", user.isPlatformStaff());
        model.addAttribute("today", desk.today());
        model.addAttribute("categories", TicketCategory.values());
        model.addAttribute("channels", user.isPlatformStaff() ? List.of(TicketChannel.values())
                : List.of(TicketChannel.WEB, TicketChannel.MOBILE));
        return "servicedesk/desk";
    }

    @PostMapping("/service-desk/tickets")
    String open(@RequestParam(required = false) TicketChannel channel,
            @RequestParam(required = false) TicketCategory category, @RequestParam(required = false) String subject,
            @RequestParam(required = false) String description, @RequestParam(required = false) String contact,
            @RequestParam(required = false) String requester, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect, Locale locale) {
        PageOutcome.run(messages, locale, redirect, "servicedesk.page.ticketOpened",
                () -> desk.open(new TicketRequest(channel, category, subject, description, contact, requester), user));
        return "redirect:/service-desk";
    }

    @GetMapping("/service-desk/tickets/{id}")
    String ticket(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        ServiceTicket ticket = desk.get(id, user);
        model.addAttribute("ticket", ticket);
        model.addAttribute("comments", desk.comments(id, user));
        model.addAttribute("staff", user.isPlatformStaff());
        model.addAttribute("requester", ticket.getRequester().equals(user.username()));
        model.addAttribute("today", desk.today());
        return "servicedesk/ticket";
    }

    @PostMapping("/service-desk/tickets/{id}/assign")
    @PreAuthorize("hasAnyRole('OPERATOR', 'ADMIN')")
    String assign(@PathVariable Long id, @RequestParam long version, @RequestParam(required = false) String assignee,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        PageOutcome.run(messages, locale, redirect, "servicedesk.page.updated",
                () -> desk.assign(id, version, assignee, user));
        return "redirect:/service-desk/tickets/" + id;
    }

    @PostMapping("/service-desk/tickets/{id}/transition")
    String transition(@PathVariable Long id, @RequestParam long version, @RequestParam TicketAction action,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        PageOutcome.run(messages, locale, redirect, "servicedesk.page.updated",
                () -> desk.transition(id, version, action, user));
        return "redirect:/service-desk/tickets/" + id;
    }

    @PostMapping("/service-desk/tickets/{id}/rating")
    String rate(@PathVariable Long id, @RequestParam(required = false) Integer rating,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        PageOutcome.run(messages, locale, redirect, "servicedesk.page.rated", () -> desk.rate(id, rating, user));
        return "redirect:/service-desk/tickets/" + id;
    }

    @PostMapping("/service-desk/tickets/{id}/comments")
    String comment(@PathVariable Long id, @RequestParam(required = false) String body,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        PageOutcome.run(messages, locale, redirect, "servicedesk.page.commented", () -> desk.comment(id, body, user));
        return "redirect:/service-desk/tickets/" + id;
    }
}
