package cn.ipfin.content.web;

import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import cn.ipfin.content.FinancingCase;
import cn.ipfin.content.FinancingCaseService;
import cn.ipfin.core.error.BusinessRuleException;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.product.FinancingModel;
import cn.ipfin.product.FinancingModelService;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Financing case pages: the public list and detail, and the operator's list and form. */
@Controller
class FinancingCasePageController {

    private static final String STAFF = "hasAnyRole('OPERATOR', 'ADMIN')";

    private final FinancingCaseService cases;
    private final FinancingModelService models;
    private final MessageSource messages;

    FinancingCasePageController(FinancingCaseService cases, FinancingModelService models, MessageSource messages) {
        this.cases = cases;
        this.models = models;
        this.messages = messages;
    }

    @GetMapping("/financing-cases")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", cases.published(PageRequest.of(Math.max(page, 0), 10,
                Sort.by(Sort.Direction.DESC, "publishedAt"))));
        model.addAttribute("modelNames", modelNames());
        model.addAttribute("canonicalUrl", ArticlePageController.absolute("/financing-cases"));
        return "content/cases";
    }

    @GetMapping("/financing-cases/{id}")
    String detail(@PathVariable Long id, Model model) {
        model.addAttribute("financingCase", cases.getPublished(id));
        model.addAttribute("modelNames", modelNames());
        model.addAttribute("canonicalUrl", ArticlePageController.absolute("/financing-cases/" + id));
        return "content/case";
    }

    @GetMapping("/operator/financing-cases")
    @PreAuthorize(STAFF)
    String operatorList(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", cases.all(PageRequest.of(Math.max(page, 0), 20,
                Sort.by(Sort.Direction.DESC, "updatedAt"))));
        return "content/operator-cases";
    }

    @GetMapping("/operator/financing-cases/new")
    @PreAuthorize(STAFF)
    String initCreationForm(Model model) {
        return showForm(model, new FinancingCaseForm(), null, Map.of());
    }

    @PostMapping("/operator/financing-cases/new")
    @PreAuthorize(STAFF)
    String processCreationForm(@ModelAttribute FinancingCaseForm form, @AuthenticationPrincipal CurrentUser user,
            Model model, Locale locale) {
        try {
            FinancingCase created = cases.create(form.toDetails(), user.username());
            return "redirect:/operator/financing-cases/" + created.getId() + "?saved";
        } catch (InvalidInputException e) {
            return showForm(model, form, null, e.messagesByField(messages, locale));
        }
    }

    @GetMapping("/operator/financing-cases/{id}")
    @PreAuthorize(STAFF)
    String initUpdateForm(@PathVariable Long id, Model model) {
        FinancingCase financingCase = cases.get(id);
        return showForm(model, FinancingCaseForm.of(financingCase), financingCase, Map.of());
    }

    @PostMapping("/operator/financing-cases/{id}")
    @PreAuthorize(STAFF)
    String processUpdateForm(@PathVariable Long id, @ModelAttribute FinancingCaseForm form, Model model,
            Locale locale) {
        try {
            cases.revise(id, form.getVersion(), form.toDetails());
            return "redirect:/operator/financing-cases/" + id + "?saved";
        } catch (InvalidInputException e) {
            return showForm(model, form, cases.get(id), e.messagesByField(messages, locale));
        } catch (OptimisticLockingFailureException e) {
            model.addAttribute("conflict", messages.getMessage("error.concurrentChange", null, locale));
            return showForm(model, form, cases.get(id), Map.of());
        }
    }

    @PostMapping("/operator/financing-cases/{id}/publish")
    @PreAuthorize(STAFF)
    String publish(@PathVariable Long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect, Locale locale) {
        return transition(id, redirect, locale, () -> cases.publish(id, version, user.username()));
    }

    @PostMapping("/operator/financing-cases/{id}/withdraw")
    @PreAuthorize(STAFF)
    String withdraw(@PathVariable Long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect, Locale locale) {
        return transition(id, redirect, locale, () -> cases.withdraw(id, version, user.username()));
    }

    private String transition(Long id, RedirectAttributes redirect, Locale locale, Supplier<?> action) {
        try {
            action.get();
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("conflict", messages.getMessage(e.messageKey(), e.arguments(), locale));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("conflict", messages.getMessage("error.concurrentChange", null, locale));
        }
        return "redirect:/operator/financing-cases/" + id;
    }

    private Map<String, FinancingModel> modelNames() {
        Map<String, FinancingModel> byCode = new java.util.LinkedHashMap<>();
        models.all().forEach(m -> byCode.put(m.getCode(), m));
        return byCode;
    }

    private String showForm(Model model, FinancingCaseForm form, FinancingCase financingCase,
            Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("financingCase", financingCase);
        model.addAttribute("errors", errors);
        model.addAttribute("models", models.all());
        return "content/operator-case";
    }
}
