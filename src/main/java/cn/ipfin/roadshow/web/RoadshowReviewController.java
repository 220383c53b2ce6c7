package cn.ipfin.roadshow.web;

import java.util.Locale;

import cn.ipfin.core.error.ConflictException;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.roadshow.RoadshowService;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The operator's queue of submitted roadshow projects, published or returned with a reason from here. */
@Controller
@PreAuthorize("hasAnyRole('OPERATOR', 'ADMIN')")
class RoadshowReviewController {

    private final RoadshowService roadshow;
    private final MessageSource messages;

    RoadshowReviewController(RoadshowService roadshow, MessageSource messages) {
        this.roadshow = roadshow;
        this.messages = messages;
    }

    @GetMapping("/operator/roadshow")
    String queue(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", roadshow.awaitingReview(PageRequest.of(Math.max(page, 0), 20,
                Sort.by("submittedAt", "id"))));
        return "roadshow/review";
    }

    @PostMapping("/operator/roadshow/{id}/publish")
    String publish(@PathVariable Long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect, Locale locale) {
        return decide(redirect, locale, "roadshow.page.published", () -> roadshow.publish(id, version, user.username()));
    }

    @PostMapping("/operator/roadshow/{id}/return")
    String returnForRevision(@PathVariable Long id, @RequestParam long version,
            @RequestParam(required = false) String reason, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect, Locale locale) {
        return decide(redirect, locale, "roadshow.page.returned",
                () -> roadshow.returnForRevision(id, version, user.username(), reason));
    }

    private String decide(RedirectAttributes redirect, Locale locale, String successKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", messages.getMessage(successKey, null, locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", String.join(" ", e.messagesByField(messages, locale).values()));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.messageKey(), e.arguments(), locale));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", messages.getMessage("error.concurrentChange", null, locale));
        }
        return "redirect:/operator/roadshow";
    }
}
