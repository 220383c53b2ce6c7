package cn.ipfin.subsidy.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.ipfin.core.error.BusinessRuleException;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.identity.Role;
import cn.ipfin.subsidy.PolicyStatus;
import cn.ipfin.subsidy.RateCapKind;
import cn.ipfin.subsidy.SubsidyBase;
import cn.ipfin.subsidy.SubsidyClaimService;
import cn.ipfin.subsidy.SubsidyPolicy;
import cn.ipfin.subsidy.SubsidyPolicyService;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public policy pages and the form on which government users and operators edit the Shanxi policy. */
@Controller
class SubsidyPolicyPageController {

    private final SubsidyPolicyService policies;
    private final SubsidyClaimService claims;
    private final MessageSource messages;

    SubsidyPolicyPageController(SubsidyPolicyService policies, SubsidyClaimService claims, MessageSource messages) {
        this.policies = policies;
        this.claims = claims;
        this.messages = messages;
    }

    @GetMapping("/subsidies")
    String list(Model model) {
        model.addAttribute("policies", policies.latestVersions());
        model.addAttribute("today", claims.today());
        return "subsidy/policies";
    }

    @GetMapping("/subsidies/{code}")
    String detail(@PathVariable String code, @AuthenticationPrincipal CurrentUser user, Model model) {
        List<SubsidyPolicy> versions = policies.versions(code);
        model.addAttribute("policy", versions.get(0));
        model.addAttribute("versions", versions);
        model.addAttribute("canEdit", versions.get(0).isEditable() && user != null
                && user.hasRole(Role.GOVERNMENT, Role.OPERATOR, Role.ADMIN));
        return "subsidy/policy";
    }

    @GetMapping("/subsidies/{code}/edit")
    @PreAuthorize("hasAnyRole('GOVERNMENT','OPERATOR','ADMIN')")
    String initEditForm(@PathVariable String code, Model model) {
        SubsidyPolicy latest = policies.latest(code);
        LocalDate tomorrow = claims.today().plusDays(1);
        LocalDate dayAfterLatest = latest.getEffectiveFrom().plusDays(1);
        LocalDate from = tomorrow.isAfter(dayAfterLatest) ? tomorrow : dayAfterLatest;
        return showForm(model, latest, SubsidyForms.policyForm(latest, from), Map.of(), null);
    }

    @PostMapping("/subsidies/{code}/versions")
    @PreAuthorize("hasAnyRole('GOVERNMENT','OPERATOR','ADMIN')")
    String processEditForm(@PathVariable String code, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        SubsidyPolicy latest = policies.latest(code);
        try {
            int basedOn = Integer.parseInt(form.getOrDefault("basedOnVersionNumber", "-1"));
            policies.addVersion(code, basedOn, SubsidyForms.policy(form), user);
            return "redirect:/subsidies/" + code;
        } catch (InvalidInputException e) {
            return showForm(model, latest, form, e.messagesByField(messages, locale), null);
        } catch (BusinessRuleException e) {
            return showForm(model, latest, form, Map.of(), messages.getMessage(e.messageKey(), e.arguments(), locale));
        } catch (ObjectOptimisticLockingFailureException | NumberFormatException e) {
            return showForm(model, latest, form, Map.of(), messages.getMessage("error.concurrentChange", null, locale));
        }
    }

    private String showForm(Model model, SubsidyPolicy latest, Map<String, String> form, Map<String, String> errors,
            String problem) {
        model.addAttribute("policy", latest);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("rateCapKinds", RateCapKind.values());
        model.addAttribute("bases", SubsidyBase.values());
        model.addAttribute("statuses", PolicyStatus.values());
        return "subsidy/policy-form";
    }
}
