package cn.ipfin.risk.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import cn.ipfin.core.error.BusinessRuleException;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.risk.AnnualFeeService;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The annual fee page of owners and pledgees: the next fee of each patent and the payment form of owners. */
@Controller
@PreAuthorize("isAuthenticated()")
class AnnualFeePageController {

    private final AnnualFeeService fees;
    private final MessageSource messages;

    AnnualFeePageController(AnnualFeeService fees, MessageSource messages) {
        this.fees = fees;
        this.messages = messages;
    }

    @GetMapping("/risk/annual-fees")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        LocalDate today = fees.today();
        model.addAttribute("fees", fees.upcoming(user, today));
        model.addAttribute("today", today);
        return "risk/annual-fees";
    }

    @PostMapping("/risk/annual-fees/payments")
    String recordPayment(@RequestParam Long assetId, @RequestParam(required = false) Integer feeYear,
            @RequestParam(required = false) String paidOn, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect, Locale locale) {
        try {
            fees.recordPayment(assetId, feeYear, date(paidOn), user);
            redirect.addFlashAttribute("notice", messages.getMessage("risk.fee.recorded", null, locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.messagesByField(messages, locale).values().iterator().next());
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        return "redirect:/risk/annual-fees";
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("paidOn", "risk.fee.paidOn.invalid");
        }
    }
}
