package cn.ipfin.credit.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Validator;

import cn.ipfin.credit.DirectQualification;
import cn.ipfin.credit.TechSmeAssessmentInput;
import cn.ipfin.credit.TechSmeAssessmentService;
import cn.ipfin.credit.api.TechSmeAssessmentRequest;
import cn.ipfin.credit.api.TechSmeAssessmentResponse;
import cn.ipfin.identity.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The tech-SME self-assessment page: inputs pre-filled from the latest statements and the IP registry, the
 * enterprise adjusts them, ticks direct-qualification routes, and the page shows and saves the result.
 */
@Controller
class TechSmePageController {

    static final List<String> FIELDS = List.of("employees", "techStaff", "salesRevenue", "totalCostAndExpense",
            "rdExpense", "totalAssets", "classOneIpCount", "classTwoIpCount");

    private final TechSmeAssessmentService assessments;
    private final SpringValidatorAdapter validator;
    private final MessageSource messages;

    TechSmePageController(TechSmeAssessmentService assessments, Validator validator, MessageSource messages) {
        this.assessments = assessments;
        this.validator = new SpringValidatorAdapter(validator);
        this.messages = messages;
    }

    @GetMapping("/credit/tech-sme")
    String showForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        TechSmeAssessmentInput input = assessments.prefill(user.organizationId(), user);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("employees", String.valueOf(input.employees()));
        values.put("techStaff", String.valueOf(input.techStaff()));
        values.put("salesRevenue", input.salesRevenue().toString());
        values.put("totalCostAndExpense", input.totalCostAndExpense().toString());
        values.put("rdExpense", input.rdExpense().toString());
        values.put("totalAssets", input.totalAssets().toString());
        values.put("classOneIpCount", String.valueOf(input.classOneIpCount()));
        values.put("classTwoIpCount", String.valueOf(input.classTwoIpCount()));
        return render(user, model, values, List.of(), true, Map.of(), null);
    }

    @PostMapping("/credit/tech-sme")
    String processForm(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> form,
            @RequestParam(name = "routes", required = false) List<DirectQualification> routes,
            @RequestParam(name = "declarations", defaultValue = "false") boolean declarations, Model model,
            Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        TechSmeAssessmentRequest request = toRequest(form, routes, declarations, errors, locale);
        if (errors.isEmpty()) {
            BeanPropertyBindingResult binding = new BeanPropertyBindingResult(request, "request");
            validator.validate(request, binding);
            binding.getFieldErrors().forEach(error -> errors.putIfAbsent(error.getField(),
                    messages.getMessage(error, locale)));
            binding.getGlobalErrors().forEach(error -> errors.putIfAbsent("techStaff",
                    messages.getMessage(error, locale)));
        }
        List<DirectQualification> ticked = routes == null ? List.of() : routes;
        if (!errors.isEmpty()) {
            return render(user, model, form, ticked, declarations, errors, null);
        }
        TechSmeAssessmentService.Saved saved = assessments.assessAndSave(user.organizationId(), request.toInput(),
                user);
        return render(user, model, form, ticked, declarations, errors,
                TechSmeAssessmentResponse.from(saved.result(), messages, locale));
    }

    private TechSmeAssessmentRequest toRequest(Map<String, String> form, List<DirectQualification> routes,
            boolean declarations, Map<String, String> errors, Locale locale) {
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String text = form.getOrDefault(field, "").strip().replace(",", "");
            try {
                numbers.put(field, text.isEmpty() ? null : new BigDecimal(text));
            } catch (NumberFormatException e) {
                errors.put(field, messages.getMessage("credit.techSme." + field + ".invalid", null, locale));
            }
        }
        return new TechSmeAssessmentRequest(numbers.get("employees"), numbers.get("techStaff"),
                numbers.get("salesRevenue"), numbers.get("totalCostAndExpense"), numbers.get("rdExpense"),
                numbers.get("totalAssets"), numbers.get("classOneIpCount"), numbers.get("classTwoIpCount"),
                routes, declarations, declarations, declarations);
    }

    private String render(CurrentUser user, Model model, Map<String, String> values,
            List<DirectQualification> routes, boolean declarations, Map<String, String> errors,
            TechSmeAssessmentResponse result) {
        model.addAttribute("fields", FIELDS);
        model.addAttribute("values", values);
        model.addAttribute("routes", Arrays.asList(DirectQualification.values()));
        model.addAttribute("ticked", routes);
        model.addAttribute("declarations", declarations);
        model.addAttribute("errors", errors);
        model.addAttribute("result", result);
        model.addAttribute("history", assessments.historyOf(user.organizationId(), user));
        return "credit/tech-sme";
    }
}
