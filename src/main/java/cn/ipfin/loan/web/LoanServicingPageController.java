package cn.ipfin.loan.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import cn.ipfin.core.error.BusinessRuleException;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.loan.LoanServicingService;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The repayment forms of the loan page. Each one posts here and returns to the loan page, with the result as a
 * notice, or with the form values and the message of each invalid field.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class LoanServicingPageController {

    private final LoanServicingService servicing;
    private final MessageSource messages;

    LoanServicingPageController(LoanServicingService servicing, MessageSource messages) {
        this.servicing = servicing;
        this.messages = messages;
    }

    @PostMapping("/loans/{id}/repayments")
    String processRepaymentForm(@PathVariable Long id, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        perform(redirect, locale, "repaymentForm", "repaymentErrors", form, () -> servicing.recordRepayment(id,
                ServicingForms.version(form), ServicingForms.money(form, "amount"),
                ServicingForms.date(form, "valueDate"), user));
        return "redirect:/loans/" + id + "#servicing";
    }

    @PostMapping("/loans/{id}/early-repayments")
    String processEarlyRepaymentForm(@PathVariable Long id, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        if ("quote".equals(form.get("action"))) {
            redirect.addFlashAttribute("earlyForm", new HashMap<>(form));
            return "redirect:/loans/" + id + "#early-repayment";
        }
        perform(redirect, locale, "earlyForm", "earlyErrors", form, () -> servicing.repayEarly(id,
                ServicingForms.version(form), ServicingForms.earlyRequest(form), user));
        return "redirect:/loans/" + id + "#servicing";
    }

    private void perform(RedirectAttributes redirect, Locale locale, String formName, String errorsName,
            Map<String, String> form, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", messages.getMessage("loan.servicing.recorded", null, locale));
            return;
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(errorsName, new HashMap<>(e.messagesByField(messages, locale)));
            redirect.addFlashAttribute("problem", messages.getMessage("loan.servicing.invalid", null, locale));
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.messageKey(), e.arguments(), locale));
        } catch (ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", messages.getMessage("error.concurrentChange", null, locale));
        }
        Map<String, String> kept = new HashMap<>(form);
        kept.remove("action");
        redirect.addFlashAttribute(formName, kept);
    }
}
