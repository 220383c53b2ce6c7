package cn.ipfin.organization.web;

import java.util.Locale;
import java.util.Map;

import cn.ipfin.core.error.ConflictException;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.reference.District;
import cn.ipfin.core.reference.Industry;
import cn.ipfin.organization.OrganizationType;
import cn.ipfin.organization.RegistrationForm;
import cn.ipfin.organization.RegistrationService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The self-registration page for organisations and their first user. */
@Controller
class RegistrationController {

    private final RegistrationService registrations;
    private final MessageSource messages;

    RegistrationController(RegistrationService registrations, MessageSource messages) {
        this.registrations = registrations;
        this.messages = messages;
    }

    @GetMapping("/register")
    String initRegistrationForm(Model model) {
        return showForm(model, RegistrationForm.empty(), Map.of(), null);
    }

    @PostMapping("/register")
    String processRegistrationForm(@ModelAttribute RegistrationForm form, Model model, Locale locale) {
        try {
            registrations.register(form);
        } catch (InvalidInputException e) {
            Map<String, String> errors = e.messagesByField(messages, locale);
            return showForm(model, form, errors, null);
        } catch (ConflictException e) {
            return showForm(model, form, Map.of(), messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        return "redirect:/register/submitted";
    }

    @GetMapping("/register/submitted")
    String submitted() {
        return "organization/registration-submitted";
    }

    private String showForm(Model model, RegistrationForm form, Map<String, String> errors, String conflict) {
        model.addAttribute("form", new RegistrationForm(form.type(), form.name(), form.creditCode(), form.district(),
                form.industry(), form.contactName(), form.contactPhone(), form.introduction(), form.adminUsername(),
                ""));
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("types", java.util.Arrays.stream(OrganizationType.values())
                .filter(OrganizationType::isSelfRegistrable).toList());
        model.addAttribute("districts", District.ALL);
        model.addAttribute("industries", Industry.values());
        return "organization/register";
    }
}
