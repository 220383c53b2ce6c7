package cn.ipfin.servicedesk.web;

import java.util.Locale;

import cn.ipfin.identity.CurrentUser;
import cn.ipfin.identity.Role;
import cn.ipfin.servicedesk.ConsultationService;
import cn.ipfin.servicedesk.ConsultationStatus;
import cn.ipfin.servicedesk.ConsultationType;
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

/** Consultations: enterprises request them, operators assign advisors, advisors record progress and notes. */
@Controller
@PreAuthorize("isAuthenticated()")
class ConsultationPageController {

    private final ConsultationService consultations;
    private final MessageSource messages;

    ConsultationPageController(ConsultationService consultations, MessageSource messages) {
        this.consultations = consultations;
        this.messages = messages;
    }

    @GetMapping("/consultations")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("consultations", consultations.visibleTo(user));
        model.addAttribute("types", ConsultationType.values());
        model.addAttribute("enterprise", user.hasRole(Role.ENTERPRISE));
        model.addAttribute("staff", user.isPlatformStaff());
        model.addAttribute("advisor", ConsultationService.ADVISOR_ROLES.contains(user.role()));
        model.addAttribute("nextStatuses", new ConsultationStatus[] {ConsultationStatus.IN_PROGRESS,
                ConsultationStatus.COMPLETED, ConsultationStatus.CANCELLED});
        return "servicedesk/consultations";
    }

    @PostMapping("/consultations")
    @PreAuthorize("hasRole('ENTERPRISE')")
    String request(@RequestParam(required = false) ConsultationType type,
            @RequestParam(required = false) String description, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect, Locale locale) {
        PageOutcome.run(messages, locale, redirect, "servicedesk.page.consultationRequested",
                () -> consultations.request(type, description, user));
        return "redirect:/consultations";
    }

    @PostMapping("/consultations/{id}/assign")
    @PreAuthorize("hasAnyRole('OPERATOR', 'ADMIN')")
    String assign(@PathVariable Long id, @RequestParam long version, @RequestParam(required = false) String advisor,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        PageOutcome.run(messages, locale, redirect, "servicedesk.page.updated",
                () -> consultations.assign(id, version, advisor, user));
        return "redirect:/consultations";
    }

    @PostMapping("/consultations/{id}/progress")
    @PreAuthorize("hasAnyRole('LAW_FIRM', 'EVALUATOR', 'OPERATOR', 'ADMIN')")
    String progress(@PathVariable Long id, @RequestParam long version,
            @RequestParam(required = false) ConsultationStatus status, @RequestParam(required = false) String notes,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        PageOutcome.run(messages, locale, redirect, "servicedesk.page.updated",
                () -> consultations.progress(id, version, status, notes, user));
        return "redirect:/consultations";
    }
}
