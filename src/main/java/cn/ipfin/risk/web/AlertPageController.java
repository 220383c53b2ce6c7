package cn.ipfin.risk.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import cn.ipfin.core.error.BusinessRuleException;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.ipasset.IpAsset;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.organization.Organization;
import cn.ipfin.organization.OrganizationService;
import cn.ipfin.risk.Alert;
import cn.ipfin.risk.AlertService;
import cn.ipfin.risk.AlertState;
import cn.ipfin.risk.RiskSweep;
import cn.ipfin.risk.Severity;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
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

/** The alert pages: the organisation's alerts with filters, and one alert with its comments and actions. */
@Controller
@PreAuthorize("isAuthenticated()")
class AlertPageController {

    private static final int PAGE_SIZE = 20;

    private final AlertService alerts;
    private final RiskSweep sweep;
    private final OrganizationService organizations;
    private final IpAssetService assets;
    private final MessageSource messages;

    AlertPageController(AlertService alerts, RiskSweep sweep, OrganizationService organizations,
            IpAssetService assets, MessageSource messages) {
        this.alerts = alerts;
        this.sweep = sweep;
        this.organizations = organizations;
        this.assets = assets;
        this.messages = messages;
    }

    @GetMapping("/risk/alerts")
    String list(@RequestParam(required = false) Severity severity, @RequestParam(required = false) AlertState state,
            @RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser user, Model model,
            Locale locale) {
        PageRequest request = PageRequest.of(Math.max(0, page), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "raisedAt"));
        Page<Alert> found = alerts.list(user, severity, state, request);
        Map<Long, String> texts = new LinkedHashMap<>();
        found.forEach(alert -> texts.put(alert.getId(), text(alert, locale)));
        model.addAttribute("alerts", found);
        model.addAttribute("texts", texts);
        model.addAttribute("severity", severity);
        model.addAttribute("state", state);
        model.addAttribute("severities", Severity.values());
        model.addAttribute("states", AlertState.values());
        model.addAttribute("baseUrl", "/risk/alerts?" + (severity == null ? "" : "severity=" + severity + "&")
                + (state == null ? "" : "state=" + state + "&"));
        return "risk/alerts";
    }

    @GetMapping("/risk/alerts/{id}")
    String detail(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        Alert alert = alerts.get(id, user);
        Map<Long, String> recipients = new LinkedHashMap<>();
        alert.getRecipients().forEach(organizationId -> recipients.put(organizationId, organizations.find(organizationId)
                .map(Organization::getName).orElse("#" + organizationId)));
        model.addAttribute("alert", alert);
        model.addAttribute("text", text(alert, locale));
        model.addAttribute("recipients", recipients);
        if (alert.getAssetId() != null) {
            IpAsset asset = assets.get(alert.getAssetId());
            model.addAttribute("assetName", asset.getNumber() + " " + asset.getTitle());
        }
        return "risk/alert";
    }

    @PostMapping("/risk/alerts/{id}/{action}")
    String act(@PathVariable Long id, @PathVariable String action, @RequestParam(defaultValue = "-1") long version,
            @RequestParam(required = false) String comment, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect, Locale locale) {
        perform(redirect, locale, () -> switch (action) {
            case "acknowledgement" -> alerts.acknowledge(id, version, comment, user);
            case "resolution" -> alerts.resolve(id, version, comment, user);
            case "comments" -> alerts.comment(id, comment, user);
            default -> throw new BusinessRuleException("risk.alert.action-unknown", "risk.alert.actionUnknown", action);
        });
        return "redirect:/risk/alerts/" + id;
    }

    @PostMapping("/risk/sweeps")
    @PreAuthorize("hasAnyRole('OPERATOR','ADMIN')")
    String runSweep(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        RiskSweep.Result result = sweep.runNow(user);
        String key = result.skipped() ? "risk.sweep.skipped" : "risk.sweep.done";
        redirect.addFlashAttribute("notice", messages.getMessage(key, new Object[] {result.loansChecked(),
                result.pledgesChecked(), result.alertsRaised()}, locale));
        return "redirect:/risk/alerts";
    }

    /** Resolves the message of an alert, which Thymeleaf cannot do for an argument array of any length. */
    private String text(Alert alert, Locale locale) {
        return messages.getMessage(alert.getMessageKey(), alert.getMessageArguments(), locale);
    }

    private void perform(RedirectAttributes redirect, Locale locale, Supplier<Alert> action) {
        try {
            action.get();
            redirect.addFlashAttribute("notice", messages.getMessage("risk.alert.saved", null, locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.messagesByField(messages, locale).values().iterator().next());
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
    }
}
