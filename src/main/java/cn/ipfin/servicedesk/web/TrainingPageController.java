package cn.ipfin.servicedesk.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.servicedesk.CourseKind;
import cn.ipfin.servicedesk.TrainingRegistration;
import cn.ipfin.servicedesk.TrainingService;
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

/** The public list of training courses and events, registration for signed-in users and the operator's form. */
@Controller
class TrainingPageController {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final TrainingService training;
    private final MessageSource messages;

    TrainingPageController(TrainingService training, MessageSource messages) {
        this.training = training;
        this.messages = messages;
    }

    @GetMapping("/training")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("courses", training.upcoming());
        model.addAttribute("registered", user == null ? Set.of() : training.registeredCourseIds(user.username()));
        model.addAttribute("waiting", user == null ? Map.of() : training.waitingPositions(user.username()));
        model.addAttribute("kinds", CourseKind.values());
        return "servicedesk/training";
    }

    @PostMapping("/training/courses")
    @PreAuthorize("hasAnyRole('OPERATOR', 'ADMIN')")
    String schedule(@RequestParam(required = false) String title, @RequestParam(required = false) String description,
            @RequestParam(required = false) CourseKind kind, @RequestParam(required = false) String location,
            @RequestParam(required = false) String startsAt, @RequestParam(required = false) Integer capacity,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        PageOutcome.run(messages, locale, redirect, "servicedesk.page.courseScheduled",
                () -> training.schedule(new TrainingService.CourseForm(title, description, kind, location,
                        time(startsAt), capacity), user.username()));
        return "redirect:/training";
    }

    @PostMapping("/training/courses/{id}/registration")
    @PreAuthorize("isAuthenticated()")
    String register(@PathVariable Long id, @RequestParam(defaultValue = "true") boolean register,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        AtomicReference<TrainingRegistration> registered = new AtomicReference<>();
        PageOutcome.run(messages, locale, redirect, register ? "servicedesk.page.registered"
                : "servicedesk.page.registrationCancelled",
                () -> {
                    if (register) {
                        registered.set(training.register(id, user));
                    } else {
                        training.cancel(id, user);
                    }
                });
        if (registered.get() != null && registered.get().isWaiting()) {
            redirect.addFlashAttribute("notice", messages.getMessage("servicedesk.page.joinedWaitingList",
                    new Object[] {training.waitingPosition(registered.get())}, locale));
        }
        return "redirect:/training";
    }

    private static Instant time(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(BEIJING).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("startsAt", "servicedesk.page.timeInvalid", value);
        }
    }
}
