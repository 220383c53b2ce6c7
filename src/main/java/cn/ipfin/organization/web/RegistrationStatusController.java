package cn.ipfin.organization.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import cn.ipfin.core.error.ConflictException;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.NotFoundException;
import cn.ipfin.core.reference.District;
import cn.ipfin.core.reference.Industry;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.organization.Organization;
import cn.ipfin.organization.OrganizationService;
import cn.ipfin.organization.OrganizationType;
import cn.ipfin.organization.RegistrationForm;
import cn.ipfin.organization.RegistrationService;
import cn.ipfin.organization.VerificationStatus;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in member's own registration: its review status, the reviewer's reason when it was rejected, and
 * the form that corrects a rejected registration and sends it back for review.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class RegistrationStatusController {

    private final OrganizationService organizations;
    private final RegistrationService registrations;
    private final MessageSource messages;

    RegistrationStatusController(OrganizationService organizations, RegistrationService registrations,
            MessageSource messages) {
        this.organizations = organizations;
        this.registrations = registrations;
        this.messages = messages;
    }

    @GetMapping("/organization/registration")
    String showRegistration(@AuthenticationPrincipal CurrentUser user, Model model) {
        Organization organization = own(user);
        return showPage(model, organization, formOf(organization), Map.of(), null);
    }

    @PostMapping("/organization/registration")
    String resubmit(@AuthenticationPrincipal CurrentUser user, @ModelAttribute RegistrationForm form,
            @RequestParam long version, Model model, Locale locale, RedirectAttributes redirect) {
        Organization organization = own(user);
        RegistrationForm submitted = new RegistrationForm(organization.getType().name(), form.name(),
                form.creditCode(), form.district(), form.industry(), form.contactName(), form.contactPhone(),
                form.introduction(), null, null);
        try {
            registrations.resubmit(organization.getId(), version, submitted);
        } catch (InvalidInputException e) {
            return showPage(model, organization, submitted, e.messagesByField(messages, locale), null);
        } catch (ConflictException e) {
            return showPage(model, organization, submitted, Map.of(),
                    messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        redirect.addFlashAttribute("notice", messages.getMessage("organization.resubmit.done", null, locale));
        return "redirect:/organization/registration";
    }

    private Organization own(CurrentUser user) {
        return organizations.find(user.organizationId()).orElseThrow(() ->
                new NotFoundException("organization.not-found", "organization.notFound",
                        user.organizationId()));
    }

    private static RegistrationForm formOf(Organization organization) {
        return new RegistrationForm(organization.getType().name(), organization.getName(),
                organization.getCreditCode(), organization.getDistrictCode(), organization.getIndustryCode(),
                organization.getContactName(), organization.getContactPhone(), organization.getIntroduction(),
                null, null);
    }

    private String showPage(Model model, Organization organization, RegistrationForm form,
            Map<String, String> errors, String conflict) {
        model.addAttribute("organization", organization);
        model.addAttribute("editable", organization.getStatus() == VerificationStatus.REJECTED);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("types", Arrays.stream(OrganizationType.values())
                .filter(OrganizationType::isSelfRegistrable).toList());
        model.addAttribute("districts", District.ALL);
        model.addAttribute("industries", Industry.values());
        return "organization/registration-status";
    }
}
