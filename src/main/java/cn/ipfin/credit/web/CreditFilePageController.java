package cn.ipfin.credit.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.credit.CreditFileGrantService;
import cn.ipfin.credit.CreditFileService;
import cn.ipfin.credit.CreditRatingService;
import cn.ipfin.credit.RatingFactor;
import cn.ipfin.credit.RatingModels;
import cn.ipfin.credit.StatementItem;
import cn.ipfin.credit.api.RatingResponse;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.identity.Role;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.organization.Organization;
import cn.ipfin.organization.OrganizationService;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The credit-file page of one enterprise, with ratings by banks and evaluators, and the enterprise's grant page.
 * Without a live grant an institution gets only the public profile and IP list.
 */
@Controller
class CreditFilePageController {

    private final CreditFileService files;
    private final CreditFileGrantService grants;
    private final CreditRatingService ratings;
    private final RatingModels models;
    private final OrganizationService organizations;
    private final IpAssetService ipAssets;
    private final MessageSource messages;

    CreditFilePageController(CreditFileService files, CreditFileGrantService grants, CreditRatingService ratings,
            RatingModels models, OrganizationService organizations, IpAssetService ipAssets,
            MessageSource messages) {
        this.files = files;
        this.grants = grants;
        this.ratings = ratings;
        this.models = models;
        this.organizations = organizations;
        this.ipAssets = ipAssets;
        this.messages = messages;
    }

    @GetMapping("/credit/file")
    String ownFile(@AuthenticationPrincipal CurrentUser user) {
        return "redirect:/credit/file/" + user.organizationId();
    }

    @GetMapping("/credit/file/{orgId}")
    String showFile(@PathVariable Long orgId, @AuthenticationPrincipal CurrentUser user, Model model,
            Locale locale) {
        Organization enterprise = files.enterprise(orgId);
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("items", StatementItem.values());
        model.addAttribute("canRate", user.hasRole(Role.BANK, Role.EVALUATOR));
        model.addAttribute("isOwner", orgId.equals(user.organizationId()));
        if (!files.maySeeFullFile(orgId, user)) {
            model.addAttribute("file", null);
            model.addAttribute("publicAssets", ipAssets.ownedBy(orgId, 100));
            return "credit/file";
        }
        var file = files.fullFile(orgId, user);
        model.addAttribute("file", file);
        model.addAttribute("ratings", file.ratings().stream().map(rating -> RatingResponse.from(rating,
                models.load(rating.getModelVersion()), messages, locale)).toList());
        model.addAttribute("model", models.current());
        model.addAttribute("qualitative", List.of(RatingFactor.MANAGEMENT, RatingFactor.IP_QUALITY,
                RatingFactor.POLICY_FIT, RatingFactor.CREDIT_HISTORY));
        if (orgId.equals(user.organizationId())) {
            model.addAttribute("views", grants.viewsOf(orgId));
        }
        return "credit/file";
    }

    @PostMapping("/credit/file/{orgId}/ratings")
    String rate(@PathVariable Long orgId, @AuthenticationPrincipal CurrentUser user,
            @RequestParam Map<String, String> form, RedirectAttributes redirect, Locale locale) {
        Map<RatingFactor, String> answers = new EnumMap<>(RatingFactor.class);
        for (RatingFactor factor : RatingFactor.values()) {
            if (!factor.isQuantitative() && form.get(factor.name()) != null) {
                answers.put(factor, form.get(factor.name()));
            }
        }
        try {
            if (!user.hasRole(Role.BANK, Role.EVALUATOR)) {
                throw new org.springframework.security.access.AccessDeniedException("Only banks and evaluators rate");
            }
            ratings.rate(orgId, answers, user);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("ratingError", messages.getMessage("error.validation", null, locale));
        }
        return "redirect:/credit/file/" + orgId;
    }

    /** The kinds of organisation an enterprise may open its credit file to. */
    private static final List<cn.ipfin.organization.OrganizationType> GRANTEE_TYPES = List.of(
            cn.ipfin.organization.OrganizationType.BANK, cn.ipfin.organization.OrganizationType.GUARANTOR,
            cn.ipfin.organization.OrganizationType.INSURER, cn.ipfin.organization.OrganizationType.EVALUATOR,
            cn.ipfin.organization.OrganizationType.INVESTOR);

    @GetMapping("/credit/grants")
    String showGrants(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("given", grants.grantsGivenBy(user));
        model.addAttribute("received", grants.grantsReceivedBy(user));
        model.addAttribute("now", grants.now());
        List<cn.ipfin.organization.Organization> institutions = new java.util.ArrayList<>();
        for (cn.ipfin.organization.OrganizationType type : GRANTEE_TYPES) {
            organizations.directory(new OrganizationService.DirectoryQuery(type, null, null, null),
                    PageRequest.of(0, 1000)).stream().filter(org -> !org.getId().equals(user.organizationId()))
                    .forEach(institutions::add);
        }
        model.addAttribute("institutions", institutions);
        model.addAttribute("names", new OrganizationNames(organizations));
        model.addAttribute("errors", Map.of());
        model.addAttribute("isEnterprise", user.role() == Role.ENTERPRISE);
        return "credit/grants";
    }

    @PostMapping("/credit/grants")
    String grant(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long granteeId,
            @RequestParam(required = false) Integer days, @RequestParam(required = false) String purpose, Model model,
            Locale locale, RedirectAttributes redirect) {
        try {
            grants.grant(user, granteeId, days, purpose);
        } catch (InvalidInputException e) {
            showGrants(user, model);
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            e.violations().forEach(v -> errors.putIfAbsent(v.field(),
                    messages.getMessage(v.messageKey(), v.arguments(), locale)));
            model.addAttribute("errors", errors);
            return "credit/grants";
        }
        redirect.addFlashAttribute("granted", true);
        return "redirect:/credit/grants";
    }

    @PostMapping("/credit/grants/{id}/revoke")
    String revoke(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        grants.revoke(user, id);
        return "redirect:/credit/grants";
    }

    /** Looks up organisation names for the grant tables. */
    record OrganizationNames(OrganizationService organizations) {

        public String of(Long id) {
            return organizations.find(id).map(Organization::getName).orElse(String.valueOf(id));
        }
    }
}
