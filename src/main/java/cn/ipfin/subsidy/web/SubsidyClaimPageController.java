package cn.ipfin.subsidy.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import cn.ipfin.core.error.BusinessRuleException;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.time.ClockConfiguration;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.subsidy.ClaimRequest;
import cn.ipfin.subsidy.ClaimState;
import cn.ipfin.subsidy.PolicyStatus;
import cn.ipfin.subsidy.SubsidyClaim;
import cn.ipfin.subsidy.SubsidyClaimService;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The claim pages: the enterprise's claims and its claim form with a preview of amount and eligibility, the
 * government queue by state with the age of each claim, and the claim page with its history and the step the user
 * may take.
 */
@Controller
@PreAuthorize("hasAnyRole('ENTERPRISE','BANK','GOVERNMENT','OPERATOR','ADMIN')")
class SubsidyClaimPageController {

    /** A claim in a list, with the day it was submitted and its age in days. */
    public record ClaimRow(SubsidyClaim claim, LocalDate submittedOn, long ageDays) {

        static ClaimRow of(SubsidyClaim claim, LocalDate today) {
            LocalDate submittedOn = claim.getSubmittedAt().atZone(ClockConfiguration.ZONE).toLocalDate();
            return new ClaimRow(claim, submittedOn, ChronoUnit.DAYS.between(submittedOn, today));
        }
    }

    private final SubsidyClaimService claims;
    private final SubsidyPolicyService policies;
    private final MessageSource messages;

    SubsidyClaimPageController(SubsidyClaimService claims, SubsidyPolicyService policies, MessageSource messages) {
        this.claims = claims;
        this.policies = policies;
        this.messages = messages;
    }

    @GetMapping("/subsidy-claims")
    String list(@RequestParam(required = false) ClaimState state, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        LocalDate today = claims.today();
        model.addAttribute("rows", claims.list(user, state).stream().map(claim -> ClaimRow.of(claim, today)).toList());
        model.addAttribute("states", ClaimState.values());
        model.addAttribute("selectedState", state);
        return "subsidy/claims";
    }

    @GetMapping("/subsidy-claims/new")
    @PreAuthorize("hasRole('ENTERPRISE')")
    String initClaimForm(@RequestParam(required = false) Long loanId, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loanId", loanId == null ? "" : loanId.toString());
        form.put("policyCode", "shanxi");
        form.put("periodFrom", "");
        form.put("periodTo", claims.today().toString());
        return showForm(model, user, form, Map.of(), null, null);
    }

    @PostMapping("/subsidy-claims/preview")
    @PreAuthorize("hasRole('ENTERPRISE')")
    String preview(@RequestParam Map<String, String> form, @AuthenticationPrincipal CurrentUser user, Model model,
            Locale locale) {
        try {
            ClaimRequest request = SubsidyForms.claim(form);
            return showForm(model, user, form, Map.of(), null, claims.preview(request, user));
        } catch (InvalidInputException e) {
            return showForm(model, user, form, e.messagesByField(messages, locale), null, null);
        } catch (BusinessRuleException e) {
            return showForm(model, user, form, Map.of(), messages.getMessage(e.messageKey(), e.arguments(), locale),
                    null);
        }
    }

    @PostMapping("/subsidy-claims")
    @PreAuthorize("hasRole('ENTERPRISE')")
    String submit(@RequestParam Map<String, String> form, @AuthenticationPrincipal CurrentUser user, Model model,
            Locale locale) {
        try {
            SubsidyClaim claim = claims.submit(SubsidyForms.claim(form), user);
            return "redirect:/subsidy-claims/" + claim.getId();
        } catch (InvalidInputException e) {
            return showForm(model, user, form, e.messagesByField(messages, locale), null, null);
        } catch (BusinessRuleException e) {
            return showForm(model, user, form, Map.of(), messages.getMessage(e.messageKey(), e.arguments(), locale),
                    null);
        }
    }

    @GetMapping("/subsidy-claims/{id}")
    String detail(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        SubsidyClaim claim = claims.get(id, user);
        model.addAttribute("claim", claim);
        model.addAttribute("policy", policies.version(claim.getPolicyId()));
        model.addAttribute("today", claims.today());
        return "subsidy/claim";
    }

    @PostMapping("/subsidy-claims/{id}/{step}")
    String step(@PathVariable Long id, @PathVariable String step, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        long version = parseVersion(form.get("version"));
        perform(redirect, locale, () -> switch (step) {
            case "recommendation" -> claims.recommend(id, version, form.get("note"), user);
            case "return" -> claims.returnToEnterprise(id, version, form.get("reason"), user);
            case "approval" -> claims.approve(id, version, form.get("note"), user);
            case "rejection" -> claims.reject(id, version, form.get("reason"), user);
            case "payout" -> claims.recordPayout(id, version, SubsidyForms.date(form.get("paidOn")),
                    form.get("payoutReference"), user);
            case "resubmission" -> claims.resubmit(id, version, form.get("note"), user);
            case "withdrawal" -> claims.withdraw(id, version, form.get("reason"), user);
            default -> throw new BusinessRuleException("subsidy.step.unknown", "subsidy.step.unknown", step);
        });
        return "redirect:/subsidy-claims/" + id;
    }

    private void perform(RedirectAttributes redirect, Locale locale, Supplier<SubsidyClaim> action) {
        try {
            SubsidyClaim claim = action.get();
            String state = messages.getMessage(claim.getState().messageKey(), null, locale);
            redirect.addFlashAttribute("notice", messages.getMessage("subsidy.page.stepDoneInState",
                    new Object[] {state}, locale));
        } catch (InvalidInputException e) {
            var violation = e.violations().get(0);
            redirect.addFlashAttribute("problem", messages.getMessage(violation.messageKey(), violation.arguments(),
                    locale));
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.messageKey(), e.arguments(), locale));
        } catch (ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", messages.getMessage("error.concurrentChange", null, locale));
        }
    }

    private String showForm(Model model, CurrentUser user, Map<String, String> form, Map<String, String> errors,
            String problem, Object preview) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("preview", preview);
        model.addAttribute("loans", claims.claimableLoans(user));
        model.addAttribute("policies", policies.latestVersions().stream()
                .filter(policy -> policy.getStatus() == PolicyStatus.ACTIVE).toList());
        return "subsidy/claim-form";
    }

    private static long parseVersion(String text) {
        try {
            return text == null ? -1 : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
