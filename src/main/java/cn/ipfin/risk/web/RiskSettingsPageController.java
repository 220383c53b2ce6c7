package cn.ipfin.risk.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;

import cn.ipfin.core.error.BusinessRuleException;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.risk.AbnormalOperationService;
import cn.ipfin.risk.RuleService;
import cn.ipfin.risk.Severity;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The operator's rule page: switches, severities and thresholds, and the abnormal-operation list upload. */
@Controller
@PreAuthorize("hasAnyRole('OPERATOR','ADMIN')")
class RiskSettingsPageController {

    private final RuleService rules;
    private final AbnormalOperationService abnormalList;
    private final MessageSource messages;

    RiskSettingsPageController(RuleService rules, AbnormalOperationService abnormalList, MessageSource messages) {
        this.rules = rules;
        this.abnormalList = abnormalList;
        this.messages = messages;
    }

    @GetMapping("/risk/rules")
    String rules(Model model) {
        model.addAttribute("rules", rules.all());
        model.addAttribute("severities", Severity.values());
        return "risk/rules";
    }

    @PostMapping("/risk/rules/{code}")
    String change(@PathVariable String code, @RequestParam(defaultValue = "false") boolean enabled,
            @RequestParam Severity severity, @RequestParam(required = false) String threshold,
            @RequestParam long version, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect,
            Locale locale) {
        try {
            rules.change(code, new RuleService.Change(enabled, severity, decimal(threshold), version), user);
            redirect.addFlashAttribute("notice", messages.getMessage("risk.rule.saved", null, locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.messagesByField(messages, locale).values().iterator().next());
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        return "redirect:/risk/rules";
    }

    @PostMapping("/risk/abnormal-operations")
    String importAbnormalList(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect, Locale locale) throws IOException {
        try {
            AbnormalOperationService.ImportResult result = abnormalList.importCsv(file.getBytes(), user);
            redirect.addFlashAttribute("notice", messages.getMessage("risk.abnormal.imported", new Object[] {
                    result.added(), result.skipped(), result.rejectedRows().toString()}, locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.messagesByField(messages, locale).values().iterator().next());
        }
        return "redirect:/risk/rules";
    }

    private static BigDecimal decimal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("threshold", "risk.rule.threshold.invalid");
        }
    }
}
