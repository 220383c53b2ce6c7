package cn.ipfin.organization.web;

import java.util.Locale;

import cn.ipfin.core.error.BusinessRuleException;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.organization.OrganizationService;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The operator's queue of registrations to verify or reject (机构审核). */
@Controller
class ReviewController {

    private final OrganizationService organizations;
    private final MessageSource messages;

    ReviewController(OrganizationService organizations, MessageSource messages) {
        this.organizations = organizations;
        this.messages = messages;
    }

    @GetMapping("/operator/organizations")
    String pending(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("pending", organizations.pendingRegistrations(
                PageRequest.of(Math.max(page, 0), 20, Sort.by("registeredAt"))));
        return "organization/review";
    }

    @PostMapping("/operator/organizations/{id}/verify")
    String verify(@PathVariable Long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser operator,
            RedirectAttributes redirect, Locale locale) {
        return review(redirect, locale, "organization.review.verified",
                () -> organizations.verify(id, version, operator.username()).getName());
    }

    @PostMapping("/operator/organizations/{id}/reject")
    String reject(@PathVariable Long id, @RequestParam long version, @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal CurrentUser operator, RedirectAttributes redirect, Locale locale) {
        return review(redirect, locale, "organization.review.rejected",
                () -> organizations.reject(id, version, operator.username(), reason).getName());
    }

    private String review(RedirectAttributes redirect, Locale locale, String successKey,
            java.util.function.Supplier<String> action) {
        try {
            String name = action.get();
            redirect.addFlashAttribute("notice", messages.getMessage(successKey, new Object[] {name}, locale));
        } catch (InvalidInputException e) {
            var violation = e.violations().get(0);
            redirect.addFlashAttribute("problem", messages.getMessage(violation.messageKey(), violation.arguments(),
                    locale));
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.messageKey(), e.arguments(), locale));
        } catch (ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", messages.getMessage("error.concurrentChange", null, locale));
        }
        return "redirect:/operator/organizations";
    }
}
