package cn.ipfin.loan.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import cn.ipfin.core.error.BusinessRuleException;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.loan.LoanApplication;
import cn.ipfin.loan.LoanApplicationService;
import cn.ipfin.loan.LoanDocumentService;
import cn.ipfin.loan.RepaymentMethod;
import cn.ipfin.organization.OrganizationService;
import cn.ipfin.organization.OrganizationService.DirectoryQuery;
import cn.ipfin.organization.OrganizationType;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pledge loan pages: the list (the bank's workbench with overdue reviews highlighted), the application
 * form of an enterprise, and the application page with its checklist, history and the step the user may take.
 */
@Controller
class LoanPageController {

    /**
     * The maximum number of organisations a choice list on the form offers. NOTE: a province has far fewer banks and guarantors
     * than this; a searchable picker is needed before the list grows past it.
     */
    private static final int CHOICE_LIMIT = 1000;

    private final LoanApplicationService applications;
    private final OrganizationService organizations;
    private final IpAssetService assets;
    private final LoanDocumentService documents;
    private final MessageSource messages;
    private final ServicingPageModel servicingModel;

    LoanPageController(LoanApplicationService applications, OrganizationService organizations,
            IpAssetService assets, LoanDocumentService documents, MessageSource messages,
            ServicingPageModel servicingModel) {
        this.applications = applications;
        this.organizations = organizations;
        this.assets = assets;
        this.documents = documents;
        this.messages = messages;
        this.servicingModel = servicingModel;
    }

    @GetMapping("/loans")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("applications", applications.list(user));
        model.addAttribute("today", applications.today());
        return "loan/list";
    }

    @GetMapping("/loans/new")
    String initApplicationForm(@RequestParam(required = false) Long lender, @RequestParam(required = false) Long productId,
            @RequestParam(required = false) BigDecimal rate, @AuthenticationPrincipal CurrentUser user, Model model) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("lenderOrganizationId", lender == null ? "" : lender.toString());
        form.put("productId", productId == null ? "" : productId.toString());
        form.put("annualRate", rate == null ? "" : rate.toPlainString());
        form.put("termMonths", "12");
        form.put("method", RepaymentMethod.EQUAL_INSTALLMENT.name());
        return showForm(model, user, form, Map.of());
    }

    @PostMapping("/loans")
    String processApplicationForm(@RequestParam Map<String, String> form,
            @RequestParam(name = "assetIds", required = false) List<Long> assetIds,
            @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        try {
            LoanApplication application = applications.apply(LoanForms.draft(form, assetIds), user);
            return "redirect:/loans/" + application.getId();
        } catch (InvalidInputException e) {
            Map<String, String> errors = e.messagesByField(messages, locale);
            return showForm(model, user, form, errors);
        }
    }

    @GetMapping("/loans/{id}")
    String detail(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        LoanApplication application = applications.get(id, user);
        model.addAttribute("loan", application);
        model.addAttribute("checks", applications.checks(id, user));
        model.addAttribute("schedule", applications.schedule(id, user));
        model.addAttribute("today", applications.today());
        model.addAttribute("names", LoanForms.names(organizations, application));
        servicingModel.populate(model, application, user, locale);
        model.addAttribute("documents", documents.availableTo(application, user));
        model.addAttribute("productLimits", applications.productLimits(application).orElse(null));
        return "loan/detail";
    }

    @PostMapping("/loans/{id}/{step}")
    String step(@PathVariable Long id, @PathVariable String step, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        long version = Long.parseLong(form.getOrDefault("version", "-1"));
        perform(redirect, locale, () -> switch (step) {
            case "valuation" -> applications.recordValuation(id, version, LoanForms.money(form.get("conservativeValue")),
                    LoanForms.decimal(form.get("pledgeRateCap")), form.get("reference"), user);
            case "guarantee" -> applications.decideGuarantee(id, version, "true".equals(form.get("accepted")),
                    form.get("note"), user);
            case "preparation" -> applications.prepare(id, version, LoanForms.money(form.get("approvedAmount")),
                    LoanForms.decimal(form.get("approvedRate")), form.get("note"), user);
            case "approval" -> applications.approve(id, version, form.get("note"), user);
            case "rejection" -> applications.reject(id, version, form.get("reason"), user);
            case "withdrawal" -> applications.withdraw(id, version, form.get("reason"), user);
            case "pledge-registration" -> applications.registerPledge(id, version, form.get("registrationNumber"),
                    LoanForms.date(form.get("registeredOn")), user);
            case "disbursement" -> applications.disburse(id, version, LoanForms.date(form.get("disbursedOn")), user);
            default -> throw new BusinessRuleException("loan.step.unknown", "loan.step.unknown", step);
        });
        return "redirect:/loans/" + id;
    }

    private void perform(RedirectAttributes redirect, Locale locale, Supplier<LoanApplication> action) {
        try {
            LoanApplication application = action.get();
            String state = messages.getMessage(application.getState().messageKey(), null, locale);
            redirect.addFlashAttribute("notice", messages.getMessage("loan.app.stepDoneInState",
                    new Object[] {state}, locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", String.join(" ", e.messagesByField(messages, locale).values()));
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.messageKey(), e.arguments(), locale));
        } catch (ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", messages.getMessage("error.concurrentChange", null, locale));
        }
    }

    private String showForm(Model model, CurrentUser user, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("banks", organizations.directory(new DirectoryQuery(OrganizationType.BANK, null, null, null),
                PageRequest.of(0, CHOICE_LIMIT)).getContent());
        List<cn.ipfin.organization.Organization> guarantors = new java.util.ArrayList<>(organizations.directory(
                new DirectoryQuery(OrganizationType.GUARANTOR, null, null, null), PageRequest.of(0, CHOICE_LIMIT))
                .getContent());
        guarantors.addAll(organizations.directory(new DirectoryQuery(OrganizationType.INSURER, null, null, null),
                PageRequest.of(0, CHOICE_LIMIT)).getContent());
        model.addAttribute("guarantors", guarantors);
        model.addAttribute("patents", assets.ownedBy(user.organizationId(), 200));
        model.addAttribute("methods", RepaymentMethod.values());
        return "loan/form";
    }
}
