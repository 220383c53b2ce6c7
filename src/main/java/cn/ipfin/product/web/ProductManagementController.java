package cn.ipfin.product.web;

import java.util.Locale;
import java.util.Map;

import cn.ipfin.core.error.ConflictException;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.reference.District;
import cn.ipfin.core.reference.Industry;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.ipasset.IpKind;
import cn.ipfin.loan.RepaymentMethod;
import cn.ipfin.product.CreditGrade;
import cn.ipfin.product.FinancialProduct;
import cn.ipfin.product.FinancingModelService;
import cn.ipfin.product.ProductService;
import cn.ipfin.product.ProductType;
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

/** Where banks, guarantors, insurers and the operator create, edit, publish and withdraw their products. */
@Controller
@PreAuthorize("hasAnyRole('BANK', 'GUARANTOR', 'INSURER', 'OPERATOR', 'ADMIN')")
class ProductManagementController {

    private final ProductService products;
    private final FinancingModelService models;
    private final MessageSource messages;

    ProductManagementController(ProductService products, FinancingModelService models, MessageSource messages) {
        this.products = products;
        this.models = models;
        this.messages = messages;
    }

    @GetMapping("/products/mine")
    String mine(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", products.ownedBy(user.organizationId(), PageRequest.of(Math.max(page, 0), 20,
                Sort.by(Sort.Direction.DESC, "updatedAt"))));
        return "product/mine";
    }

    @GetMapping("/products/new")
    String initCreationForm(Model model) {
        ProductForm form = new ProductForm();
        form.getCapPercents().putAll(Map.of("INVENTION", "50", "UTILITY_MODEL", "30", "TRADEMARK", "50"));
        return showForm(model, form, null, Map.of(), null);
    }

    @PostMapping("/products/new")
    String processCreationForm(@ModelAttribute ProductForm form, @AuthenticationPrincipal CurrentUser user,
            Model model, Locale locale) {
        try {
            FinancialProduct product = products.create(user.organizationId(), form.toTerms());
            return "redirect:/products/" + product.getId() + "/edit?saved";
        } catch (InvalidInputException e) {
            return showForm(model, form, null, errors(e, locale), null);
        }
    }

    @GetMapping("/products/{id}/edit")
    String initUpdateForm(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        FinancialProduct product = products.get(id, user.organizationId());
        if (!product.getOrganizationId().equals(user.organizationId())) {
            throw new org.springframework.security.access.AccessDeniedException("Product " + id + " is not yours");
        }
        return showForm(model, ProductForm.of(product.terms(), product.getVersion()), product, Map.of(), null);
    }

    @PostMapping("/products/{id}/edit")
    String processUpdateForm(@PathVariable Long id, @ModelAttribute ProductForm form,
            @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        try {
            products.revise(id, form.getVersion(), user.organizationId(), form.toTerms());
            return "redirect:/products/" + id + "/edit?saved";
        } catch (InvalidInputException e) {
            return showForm(model, form, products.get(id, user.organizationId()), errors(e, locale), null);
        } catch (OptimisticLockingFailureException e) {
            return showForm(model, form, products.get(id, user.organizationId()), Map.of(),
                    messages.getMessage("error.concurrentChange", null, locale));
        }
    }

    @PostMapping("/products/{id}/publish")
    String publish(@PathVariable Long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect, Locale locale) {
        return transition(id, redirect, locale, () -> products.publish(id, version, user.organizationId()));
    }

    @PostMapping("/products/{id}/withdraw")
    String withdraw(@PathVariable Long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect, Locale locale) {
        return transition(id, redirect, locale, () -> products.withdraw(id, version, user.organizationId()));
    }

    private String transition(Long id, RedirectAttributes redirect, Locale locale, Runnable action) {
        try {
            action.run();
            return "redirect:/products/" + id;
        } catch (ConflictException e) {
            redirect.addFlashAttribute("conflict", messages.getMessage(e.messageKey(), e.arguments(), locale));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("conflict", messages.getMessage("error.concurrentChange", null, locale));
        }
        return "redirect:/products/" + id + "/edit";
    }

    private Map<String, String> errors(InvalidInputException e, Locale locale) {
        Map<String, String> errors = e.messagesByField(messages, locale);
        return errors;
    }

    private String showForm(Model model, ProductForm form, FinancialProduct product, Map<String, String> errors,
            String conflict) {
        model.addAttribute("form", form);
        model.addAttribute("product", product);
        model.addAttribute("errors", errors);
        if (conflict != null) {
            model.addAttribute("conflict", conflict);
        }
        model.addAttribute("types", ProductType.values());
        model.addAttribute("kinds", IpKind.values());
        model.addAttribute("grades", CreditGrade.values());
        model.addAttribute("industries", Industry.values());
        model.addAttribute("districts", District.ALL);
        model.addAttribute("methods", RepaymentMethod.values());
        model.addAttribute("models", models.all());
        return "product/form";
    }
}
