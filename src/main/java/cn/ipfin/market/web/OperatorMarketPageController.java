package cn.ipfin.market.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.ipfin.identity.CurrentUser;
import cn.ipfin.market.DepositService;
import cn.ipfin.market.ListingService;
import cn.ipfin.organization.Organization;
import cn.ipfin.organization.OrganizationService;
import cn.ipfin.organization.OrganizationService.DirectoryQuery;
import cn.ipfin.organization.OrganizationType;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The operator's market desk: listings waiting for review, and the deposit accounts with their top-up form. */
@Controller
@PreAuthorize("hasAnyRole('OPERATOR','ADMIN')")
class OperatorMarketPageController {

    private final ListingService listings;
    private final DepositService deposits;
    private final OrganizationService organizations;
    private final MessageSource messages;

    OperatorMarketPageController(ListingService listings, DepositService deposits, OrganizationService organizations,
            MessageSource messages) {
        this.listings = listings;
        this.deposits = deposits;
        this.organizations = organizations;
        this.messages = messages;
    }

    @GetMapping("/operator/market")
    String desk(Model model) {
        model.addAttribute("pending", listings.pendingReview());
        model.addAttribute("accounts", deposits.all());
        List<Organization> bidders = new ArrayList<>();
        for (OrganizationType type : List.of(OrganizationType.INVESTOR, OrganizationType.ENTERPRISE)) {
            bidders.addAll(organizations.directory(new DirectoryQuery(type, null, null, null), PageRequest.of(0, 1000))
                    .getContent());
        }
        model.addAttribute("bidders", bidders);
        model.addAttribute("names", bidders.stream().collect(java.util.stream.Collectors.toMap(Organization::getId,
                Organization::getName, (first, second) -> first)));
        return "market/operator";
    }

    @PostMapping("/operator/market/listings/{id}/{decision}")
    String review(@PathVariable Long id, @PathVariable String decision, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        long version = MarketForms.version(form.get("version"));
        PageFeedback.perform(messages, locale, redirect, "market.page.reviewed", () -> "approval".equals(decision)
                ? listings.approve(id, version, form.get("note"), user)
                : listings.reject(id, version, form.get("note"), user));
        return "redirect:/operator/market";
    }

    @PostMapping("/operator/market/deposit-accounts")
    String topUp(@RequestParam Map<String, String> form, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect, Locale locale) {
        Long organizationId = MarketForms.id(form.get("organizationId"));
        PageFeedback.perform(messages, locale, redirect, "market.page.toppedUp", () -> deposits.topUp(
                organizationId == null ? -1L : organizationId, MarketForms.money(form.get("amount")), user));
        return "redirect:/operator/market";
    }
}
