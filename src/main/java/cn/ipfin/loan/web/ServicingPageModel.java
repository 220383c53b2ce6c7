package cn.ipfin.loan.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import cn.ipfin.core.error.BusinessRuleException;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.loan.ApplicationState;
import cn.ipfin.loan.EarlyRepaymentOption;
import cn.ipfin.loan.LoanApplication;
import cn.ipfin.loan.LoanServicingService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Adds the servicing part of the loan page: position, schedule with statuses, repayments, replaced instalments
 * and, after the preview button, the early repayment quote for the form values kept in the flash attributes.
 */
@Component
class ServicingPageModel {

    private final LoanServicingService servicing;
    private final MessageSource messages;

    ServicingPageModel(LoanServicingService servicing, MessageSource messages) {
        this.servicing = servicing;
        this.messages = messages;
    }

    void populate(Model model, LoanApplication application, CurrentUser user, Locale locale) {
        LocalDate today = servicing.today();
        servicing.servicing(application.getId(), today, user).ifPresent(loan -> {
            model.addAttribute("servicing", loan);
            model.addAttribute("mayRecord", servicing.mayRecord(application, user)
                    && application.getState() == ApplicationState.DISBURSED);
            model.addAttribute("earlyOptions", EarlyRepaymentOption.values());
        });
        if (!model.containsAttribute("repaymentForm")) {
            model.addAttribute("repaymentForm", Map.of("valueDate", today.toString()));
        }
        if (model.getAttribute("earlyForm") instanceof Map<?, ?> form && model.containsAttribute("servicing")) {
            preview(model, application, stringMap(form), user, locale);
        } else {
            model.addAttribute("earlyForm", Map.of("valueDate", today.toString(), "type", "PARTIAL",
                    "option", EarlyRepaymentOption.LOWER_INSTALLMENT.name()));
        }
    }

    private void preview(Model model, LoanApplication application, Map<String, String> form, CurrentUser user,
            Locale locale) {
        if (!"quote".equals(form.get("action")) || application.getState() != ApplicationState.DISBURSED) {
            return;
        }
        try {
            model.addAttribute("quote", servicing.quote(application.getId(), ServicingForms.earlyRequest(form), user));
        } catch (InvalidInputException e) {
            model.addAttribute("earlyErrors", e.messagesByField(messages, locale));
        } catch (BusinessRuleException e) {
            model.addAttribute("problem", messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
    }

    private static Map<String, String> stringMap(Map<?, ?> form) {
        Map<String, String> values = new HashMap<>();
        form.forEach((key, value) -> values.put(String.valueOf(key), value == null ? null : String.valueOf(value)));
        return values;
    }
}
