package cn.ipfin.valuation.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.ipfin.core.error.BusinessRuleException;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.NotFoundException;
import cn.ipfin.core.money.Money;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.identity.Role;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.organization.OrganizationService;
import cn.ipfin.organization.OrganizationType;
import cn.ipfin.valuation.Actor;
import cn.ipfin.valuation.AssignmentStatus;
import cn.ipfin.valuation.PlatformComparableService;
import cn.ipfin.valuation.ValuationAssignment;
import cn.ipfin.valuation.ValuationAssignmentService;

/**
 * Pages of valuation assignments: the list with the request form, and the detail page with the action the
 * signed-in user may take in the current state. Errors come back as messages on the detail page.
 */
@Controller
class AssignmentPageController {

    private final ValuationAssignmentService service;
    private final OrganizationService organizations;
    private final IpAssetService assets;
    private final MessageSource messages;
    private final PlatformComparableService comparables;

    AssignmentPageController(ValuationAssignmentService service, OrganizationService organizations,
            IpAssetService assets, MessageSource messages, PlatformComparableService comparables) {
        this.service = service;
        this.organizations = organizations;
        this.assets = assets;
        this.messages = messages;
        this.comparables = comparables;
    }

    @GetMapping("/valuation-assignments")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String assetId, Model model) {
        model.addAttribute("assignments", service.list(actor(user), PageRequest.of(Math.max(page, 0), 20,
                Sort.by(Sort.Direction.DESC, "createdAt"))));
        model.addAttribute("canRequest", user.hasRole(Role.ENTERPRISE, Role.BANK));
        model.addAttribute("evaluators", organizations.directory(new OrganizationService.DirectoryQuery(
                OrganizationType.EVALUATOR, null, null, null), PageRequest.of(0, 1000)).getContent());
        model.addAttribute("assetIdsValue", assetId);
        return "valuation/assignments";
    }

    @PostMapping("/valuation-assignments")
    String create(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long evaluatorOrganizationId,
            @RequestParam(required = false) String assetIds, @RequestParam(required = false) String purpose,
            RedirectAttributes redirect, Locale locale) {
        if (!user.hasRole(Role.ENTERPRISE, Role.BANK)) {
            throw new AccessDeniedException("Only enterprises and banks request valuations");
        }
        return act(redirect, locale, "/valuation-assignments", () -> "/valuation-assignments/" + service.request(
                actor(user), user.hasRole(Role.BANK), evaluatorOrganizationId, parseIds(assetIds), purpose).getId());
    }

    @GetMapping("/valuation-assignments/{id}")
    String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        ValuationAssignment assignment = service.get(id, actor(user), user.isPlatformStaff());
        model.addAttribute("assignment", assignment);
        model.addAttribute("assets", assignment.getAssetIds().stream().map(assets::get).toList());
        model.addAttribute("requester", organizations.find(assignment.getRequesterOrganizationId()).orElse(null));
        model.addAttribute("evaluator", organizations.find(assignment.getEvaluatorOrganizationId()).orElse(null));
        boolean isEvaluator = user.hasRole(Role.EVALUATOR)
                && assignment.getEvaluatorOrganizationId().equals(user.organizationId());
        boolean isRequester = assignment.getRequesterOrganizationId().equals(user.organizationId());
        AssignmentStatus status = assignment.getStatus();
        model.addAttribute("canQuote", isEvaluator && status == AssignmentStatus.REQUESTED);
        model.addAttribute("canAccept", isRequester && status == AssignmentStatus.QUOTED);
        model.addAttribute("canDraft", isEvaluator && status == AssignmentStatus.ACCEPTED);
        model.addAttribute("canReview", isEvaluator && status == AssignmentStatus.IN_REVIEW
                && !user.username().equals(assignment.getPreparerUsername()));
        model.addAttribute("waitingForReviewer", isEvaluator && status == AssignmentStatus.IN_REVIEW
                && user.username().equals(assignment.getPreparerUsername()));
        if (status == AssignmentStatus.SIGNED) {
            model.addAttribute("report", service.report(id, actor(user), user.isPlatformStaff()));
        }
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", DraftForm.defaults(assignment.getAssetIds()));
        }
        if (isEvaluator && status == AssignmentStatus.ACCEPTED) {
            model.addAttribute("platformComparables", comparables.forAssignment(id, actor(user), false));
        }
        model.addAttribute("indicators", DraftForm.EVALUATOR_INDICATORS);
        return "valuation/assignment";
    }

    @PostMapping("/valuation-assignments/{id}/quote")
    String quote(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam long version,
            @RequestParam(required = false) String fee, @RequestParam(required = false) String note,
            RedirectAttributes redirect, Locale locale) {
        return act(redirect, locale, back(id), () -> {
            service.quote(id, version, actor(user), parseFee(fee), note);
            notice(redirect, locale, "valuation.page.quoted");
            return back(id);
        });
    }

    @PostMapping("/valuation-assignments/{id}/accept")
    String accept(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam long version,
            RedirectAttributes redirect, Locale locale) {
        return act(redirect, locale, back(id), () -> {
            service.accept(id, version, actor(user));
            notice(redirect, locale, "valuation.page.quoteAccepted");
            return back(id);
        });
    }

    @PostMapping("/valuation-assignments/{id}/decline")
    String decline(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam long version,
            @RequestParam(required = false) String reason, RedirectAttributes redirect, Locale locale) {
        return act(redirect, locale, back(id), () -> {
            service.decline(id, version, actor(user), reason);
            return back(id);
        });
    }

    @PostMapping("/valuation-assignments/{id}/draft")
    String draft(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam long version,
            @ModelAttribute("draft") DraftForm draft, RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute("draft", draft);
        return act(redirect, locale, back(id), () -> {
            service.submitDraft(id, version, actor(user), draft.toInput());
            return back(id);
        });
    }

    @PostMapping("/valuation-assignments/{id}/return")
    String returnDraft(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam long version,
            @RequestParam(required = false) String reason, RedirectAttributes redirect, Locale locale) {
        return act(redirect, locale, back(id), () -> {
            service.returnDraft(id, version, actor(user), reason);
            return back(id);
        });
    }

    @PostMapping("/valuation-assignments/{id}/approve")
    String approve(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam long version,
            RedirectAttributes redirect, Locale locale) {
        return act(redirect, locale, back(id), () -> {
            service.approve(id, version, actor(user));
            return back(id);
        });
    }

    @GetMapping("/valuation-assignments/{id}/report.pdf")
    ResponseEntity<byte[]> report(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        var report = service.report(id, actor(user), user.isPlatformStaff());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + report.getReportNumber() + ".pdf\"")
                .body(report.getPdf());
    }

    /** Shows the error page with 404 for an assignment that is missing or belongs to other organisations. */
    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("status", HttpStatus.NOT_FOUND.value());
        return "error";
    }

    /** Runs an action and redirects to its result, or back with the error messages. */
    private String act(RedirectAttributes redirect, Locale locale, String onError, Supplier<String> action) {
        try {
            return "redirect:" + action.get();
        } catch (InvalidInputException e) {
            List<String> errors = new ArrayList<>();
            e.violations().forEach(v -> errors.add(v.field() + "：" + messages.getMessage(v.messageKey(),
                    v.arguments(), locale)));
            redirect.addFlashAttribute("errors", errors);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("errors", List.of(messages.getMessage(e.messageKey(), e.arguments(), locale)));
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("errors", List.of(messages.getMessage("error.concurrentChange", null, locale)));
        }
        return "redirect:" + onError;
    }

    private void notice(RedirectAttributes redirect, Locale locale, String messageKey) {
        redirect.addFlashAttribute("notice", messages.getMessage(messageKey, null, locale));
    }

    private static Money parseFee(String fee) {
        try {
            BigDecimal amount = new BigDecimal(fee.strip());
            if (amount.stripTrailingZeros().scale() > 2) {
                throw InvalidInputException.of("fee", "valuation.assignment.fee.invalid");
            }
            return Money.ofRounded(amount, RoundingMode.UNNECESSARY);
        } catch (NumberFormatException | NullPointerException e) {
            throw InvalidInputException.of("fee", "valuation.assignment.fee.invalid");
        }
    }

    private static List<Long> parseIds(String text) {
        List<Long> ids = new ArrayList<>();
        if (text == null) {
            return ids;
        }
        try {
            for (String part : text.split("[,，\\s]+")) {
                if (!part.isBlank()) {
                    ids.add(Long.valueOf(part.strip()));
                }
            }
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("assetIds", "valuation.assignment.assets.size");
        }
        return ids;
    }

    private static String back(Long id) {
        return "/valuation-assignments/" + id;
    }

    private static Actor actor(CurrentUser user) {
        return new Actor(user.userId(), user.username(), user.organizationId(), user.hasRole(Role.EVALUATOR));
    }
}
