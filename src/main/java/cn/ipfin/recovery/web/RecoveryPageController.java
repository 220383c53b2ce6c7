package cn.ipfin.recovery.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import cn.ipfin.core.error.BusinessRuleException;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.NotFoundException;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.identity.Role;
import cn.ipfin.ipasset.IpAsset;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.loan.ApplicationState;
import cn.ipfin.loan.LoanQueries;
import cn.ipfin.loan.LoanSummary;
import cn.ipfin.organization.OrganizationService;
import cn.ipfin.organization.OrganizationService.DirectoryQuery;
import cn.ipfin.organization.OrganizationType;
import cn.ipfin.market.AuctionService;
import cn.ipfin.recovery.CaseStatus;
import cn.ipfin.recovery.DefaultCase;
import cn.ipfin.recovery.DisposalService;
import cn.ipfin.recovery.LossClaim;
import cn.ipfin.recovery.RecoveryService;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
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
 * The default and recovery pages: the list of cases, the bank's default declaration, a case with its claims and
 * the step each party may take, and the government's risk-compensation pool.
 */
@Controller
@PreAuthorize("hasAnyRole('BANK', 'GUARANTOR', 'INSURER', 'EVALUATOR', 'GOVERNMENT', 'OPERATOR', 'ADMIN', 'ENTERPRISE')")
class RecoveryPageController {

    private final RecoveryService recovery;
    private final DisposalService disposals;
    private final AuctionService auctions;
    private final IpAssetService assets;
    private final LoanQueries loans;
    private final OrganizationService organizations;
    private final MessageSource messages;

    RecoveryPageController(RecoveryService recovery, DisposalService disposals, AuctionService auctions,
            IpAssetService assets, LoanQueries loans, OrganizationService organizations, MessageSource messages) {
        this.recovery = recovery;
        this.disposals = disposals;
        this.auctions = auctions;
        this.assets = assets;
        this.loans = loans;
        this.organizations = organizations;
        this.messages = messages;
    }

    @GetMapping("/recovery")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("cases", recovery.list(user));
        return "recovery/list";
    }

    @GetMapping("/recovery/new")
    @PreAuthorize("hasRole('BANK')")
    String declarationForm(@RequestParam(required = false) Long loanId, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        Map<String, String> form = new HashMap<>();
        form.put("loanId", loanId == null ? "" : loanId.toString());
        return showDeclaration(model, user, form, Map.of());
    }

    @PostMapping("/recovery/new")
    @PreAuthorize("hasRole('BANK')")
    String declare(@RequestParam Map<String, String> form, @AuthenticationPrincipal CurrentUser user, Model model,
            Locale locale) {
        try {
            DefaultCase declared = recovery.declare(new RecoveryService.Declaration(id(form.get("loanId")),
                    form.get("reason"), decimal(form.get("priorRecoveries"), "priorRecoveries"),
                    id(form.get("guarantorOrganizationId")), id(form.get("insurerOrganizationId")),
                    id(form.get("evaluatorOrganizationId"))), user);
            return "redirect:/recovery/" + declared.getId();
        } catch (InvalidInputException e) {
            return showDeclaration(model, user, form, e.messagesByField(messages, locale));
        } catch (BusinessRuleException e) {
            return showDeclaration(model, user, form,
                    Map.of("loanId", messages.getMessage(e.messageKey(), e.arguments(), locale)));
        }
    }

    @GetMapping("/recovery/{id}")
    String detail(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        DefaultCase defaultCase = recovery.get(id, user);
        model.addAttribute("defaultCase", defaultCase);
        model.addAttribute("names", names(defaultCase));
        model.addAttribute("today", recovery.today());
        model.addAttribute("isLender", user.hasRole(Role.BANK)
                && user.organizationId().equals(defaultCase.getLenderOrganizationId()));
        disposals.listingOf(defaultCase).ifPresent(listing -> {
            model.addAttribute("listing", listing);
            auctions.latestOf(listing.getId()).ifPresent(auction -> model.addAttribute("auction", auction));
        });
        boolean disposalStep = defaultCase.getStatus() == CaseStatus.OPEN
                || defaultCase.getStatus() == CaseStatus.DISPOSING && disposals.listingEnded(defaultCase);
        // The form appears only when the service accepts a disposal, so a submitted form gets its field checks.
        // While claims are open, the page shows the reason instead of the form.
        boolean mayDispose = disposalStep && defaultCase.claimsSettled();
        model.addAttribute("mayDispose", mayDispose);
        model.addAttribute("disposalBlocked", disposalStep && !defaultCase.claimsSettled());
        if (mayDispose) {
            model.addAttribute("pledgedAssets", pledgedAssets(defaultCase));
        }
        if (!model.containsAttribute("disposalForm")) {
            model.addAttribute("disposalForm", Map.of("priceMode", "AUCTION"));
            model.addAttribute("disposalErrors", Map.of());
        }
        return "recovery/detail";
    }

    /**
     * Opens the disposal-sale listing from the case form. Bad input comes back beside each field of the form, with
     * what was typed kept.
     */
    @PostMapping("/recovery/{id}/disposal")
    @PreAuthorize("hasRole('BANK')")
    String startDisposal(@PathVariable Long id, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        try {
            DisposalForm read = DisposalForm.read(form);
            disposals.startDisposal(id, version(form), read.terms(), read.violations(), user);
            redirect.addFlashAttribute("notice", messages.getMessage("recovery.page.disposalStarted", null, locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("disposalForm", form);
            redirect.addFlashAttribute("disposalErrors", e.messagesByField(messages, locale));
            redirect.addFlashAttribute("problem", messages.getMessage("recovery.page.disposalInvalid", null, locale));
        } catch (NotFoundException e) {
            throw e;
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("disposalForm", form);
            redirect.addFlashAttribute("disposalErrors", Map.of());
            redirect.addFlashAttribute("problem", messages.getMessage(e.messageKey(), e.arguments(), locale));
        } catch (ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", messages.getMessage("error.concurrentChange", null, locale));
        }
        return "redirect:/recovery/" + id;
    }

    @PostMapping("/recovery/claims/{claimId}/{step}")
    String claimStep(@PathVariable Long claimId, @PathVariable String step, @RequestParam Long caseId,
            @RequestParam Map<String, String> form, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect, Locale locale) {
        long version = version(form);
        perform(redirect, locale, () -> switch (step) {
            case "recommendation" -> recovery.recommend(claimId, version, user);
            case "approval" -> recovery.approve(claimId, version, form.get("note"), user);
            case "rejection" -> recovery.reject(claimId, version, form.get("reason"), user);
            case "payment" -> recovery.pay(claimId, version, date(form.get("paidOn")), form.get("reference"), user);
            default -> throw new BusinessRuleException("recovery.step.unknown", "recovery.step.unknown", step);
        });
        return "redirect:/recovery/" + caseId;
    }

    @PostMapping("/recovery/{id}/{step}")
    @PreAuthorize("hasRole('BANK')")
    String caseStep(@PathVariable Long id, @PathVariable String step, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        long version = version(form);
        perform(redirect, locale, () -> switch (step) {
            case "proceeds" -> recovery.recordProceeds(id, version, decimal(form.get("proceeds"), "proceeds"),
                    date(form.get("proceedsOn")), form.get("reference"), user);
            default -> throw new BusinessRuleException("recovery.step.unknown", "recovery.step.unknown", step);
        });
        return "redirect:/recovery/" + id;
    }

    @GetMapping("/recovery/pool")
    @PreAuthorize("hasAnyRole('GOVERNMENT', 'OPERATOR', 'ADMIN')")
    String pool(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("pool", recovery.pool(user));
        model.addAttribute("today", recovery.today());
        return "recovery/pool";
    }

    @PostMapping("/recovery/pool/contributions")
    @PreAuthorize("hasRole('GOVERNMENT')")
    String contribute(@RequestParam Map<String, String> form, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect, Locale locale) {
        perform(redirect, locale, () -> recovery.contribute(decimal(form.get("amount"), "amount"),
                date(form.get("entryDate")), form.get("reference"), user));
        return "redirect:/recovery/pool";
    }

    private String showDeclaration(Model model, CurrentUser user, Map<String, String> form,
            Map<String, String> errors) {
        LocalDate today = recovery.today();
        List<LoanSummary> disbursed = loans.all().stream()
                .filter(loan -> loan.state() == ApplicationState.DISBURSED
                        && user.organizationId().equals(loan.lenderOrganizationId()))
                .toList();
        Map<Long, Integer> daysPastDue = new HashMap<>();
        Map<Long, String> borrowers = new HashMap<>();
        for (LoanSummary loan : disbursed) {
            daysPastDue.put(loan.id(), loans.position(loan.id(), today).daysPastDue());
            organizations.find(loan.applicantOrganizationId())
                    .ifPresent(organization -> borrowers.put(loan.id(), organization.getName()));
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("loans", disbursed);
        model.addAttribute("daysPastDue", daysPastDue);
        model.addAttribute("borrowers", borrowers);
        model.addAttribute("guarantors", verified(OrganizationType.GUARANTOR));
        model.addAttribute("insurers", verified(OrganizationType.INSURER));
        model.addAttribute("evaluators", verified(OrganizationType.EVALUATOR));
        return "recovery/declare";
    }

    private List<cn.ipfin.organization.Organization> verified(OrganizationType type) {
        return organizations.directory(new DirectoryQuery(type, null, null, null), PageRequest.of(0, 1000))
                .getContent();
    }

    /** Returns the pledged assets of the case's loan by id, with number and title, for the disposal form. */
    private Map<Long, String> pledgedAssets(DefaultCase defaultCase) {
        Map<Long, String> pledged = new java.util.LinkedHashMap<>();
        loans.find(defaultCase.getLoanId()).ifPresent(loan -> loan.assetIds().stream().sorted().forEach(assetId -> {
            IpAsset asset = assets.get(assetId);
            pledged.put(assetId, asset.getNumber() + " " + asset.getTitle());
        }));
        return pledged;
    }

    private Map<Long, String> names(DefaultCase defaultCase) {
        Map<Long, String> names = new HashMap<>();
        List<Long> ids = new java.util.ArrayList<>(List.of(defaultCase.getLenderOrganizationId(),
                defaultCase.getBorrowerOrganizationId()));
        defaultCase.getClaims().stream().map(LossClaim::getPayerOrganizationId).filter(java.util.Objects::nonNull)
                .forEach(ids::add);
        for (Long id : ids) {
            organizations.find(id).ifPresent(organization -> names.put(id, organization.getName()));
        }
        return names;
    }

    private void perform(RedirectAttributes redirect, Locale locale, Supplier<?> action) {
        try {
            action.get();
            redirect.addFlashAttribute("notice", messages.getMessage("recovery.page.stepDone", null, locale));
        } catch (InvalidInputException e) {
            InvalidInputException.Violation violation = e.violations().get(0);
            redirect.addFlashAttribute("problem",
                    messages.getMessage(violation.messageKey(), violation.arguments(), locale));
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.messageKey(), e.arguments(), locale));
        } catch (ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", messages.getMessage("error.concurrentChange", null, locale));
        }
    }

    private static long version(Map<String, String> form) {
        try {
            return Long.parseLong(form.getOrDefault("version", "-1"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Long id(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal decimal(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim().replace(",", ""));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "recovery.number.invalid");
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
