package cn.ipfin.roadshow.web;

import java.util.Locale;
import java.util.Map;

import cn.ipfin.core.error.BusinessRuleException;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.roadshow.EventFormat;
import cn.ipfin.roadshow.RoadshowEventService;
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

/** The list of roadshow events with registration, and the operator's form to schedule one. */
@Controller
class RoadshowEventPageController {

    private final RoadshowEventService events;
    private final MessageSource messages;

    RoadshowEventPageController(RoadshowEventService events, MessageSource messages) {
        this.events = events;
        this.messages = messages;
    }

    @GetMapping("/roadshow/events")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("events", events.upcoming());
        model.addAttribute("mine", user == null ? Map.of() : events.registrationsOf(user.username()));
        model.addAttribute("formats", EventFormat.values());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "roadshow/events";
    }

    @PostMapping("/roadshow/events")
    @PreAuthorize("hasAnyRole('OPERATOR', 'ADMIN')")
    String schedule(@RequestParam(required = false) String title, @RequestParam(required = false) String description,
            @RequestParam(required = false) EventFormat format, @RequestParam(required = false) String location,
            @RequestParam(required = false) String startsAt, @RequestParam(required = false) Integer capacity,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        try {
            events.schedule(new RoadshowEventService.EventForm(title, description, format, location,
                    PageTimes.parse("startsAt", startsAt), capacity), user.username());
            redirect.addFlashAttribute("notice", messages.getMessage("roadshow.page.eventScheduled", null, locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.messagesByField(messages, locale));
        }
        return "redirect:/roadshow/events";
    }

    @PostMapping("/roadshow/events/{id}/registration")
    @PreAuthorize("isAuthenticated()")
    String register(@PathVariable Long id, @RequestParam(defaultValue = "true") boolean register,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        try {
            var registration = register ? events.register(id, user) : events.cancel(id, user);
            redirect.addFlashAttribute("notice", messages.getMessage(registration.getStatus().messageKey(), null,
                    locale));
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        return "redirect:/roadshow/events";
    }
}
