package cn.ipfin.market.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.market.BuyRequest;
import cn.ipfin.market.BuyRequestService;
import cn.ipfin.market.Deal;
import cn.ipfin.market.DealService;
import cn.ipfin.market.DepositService;
import cn.ipfin.market.ListingService;
import cn.ipfin.market.Negotiation;
import cn.ipfin.market.NegotiationService;
import cn.ipfin.organization.OrganizationService;
import org.springframework.context.MessageSource;
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
 * The signed-in side of the market: {@code /market/my} with the organisation's listings, buy requests and their
 * matches, negotiations and deals; the buy request form; a negotiation; a deal with its contract and
 * registration steps. All of it is under the public {@code /market} prefix, so each handler requires sign-in.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class TradePageController {

    private final ListingService listings;
    private final BuyRequestService buyRequests;
    private final NegotiationService negotiations;
    private final DealService deals;
    private final DepositService deposits;
    private final OrganizationService organizations;
    private final MessageSource messages;

    TradePageController(ListingService listings, BuyRequestService buyRequests, NegotiationService negotiations,
            DealService deals, DepositService deposits, OrganizationService organizations, MessageSource messages) {
        this.listings = listings;
        this.buyRequests = buyRequests;
        this.negotiations = negotiations;
        this.deals = deals;
        this.deposits = deposits;
        this.organizations = organizations;
        this.messages = messages;
    }

    @GetMapping("/market/my")
    String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<BuyRequest> requests = buyRequests.ofOrganization(user.organizationId());
        Map<Long, List<BuyRequestService.ListingMatch>> matches = new LinkedHashMap<>();
        requests.stream().filter(request -> request.getStatus() == BuyRequest.Status.OPEN)
                .forEach(request -> matches.put(request.getId(), buyRequests.matchesFor(request.getId(), user)));
        model.addAttribute("listings", listings.ofOrganization(user.organizationId()));
        model.addAttribute("awaitingConsent", listings.awaitingConsentOf(user.organizationId()));
        model.addAttribute("requests", requests);
        model.addAttribute("matches", matches);
        model.addAttribute("negotiations", negotiations.involving(user.organizationId()));
        model.addAttribute("deals", deals.involving(user));
        model.addAttribute("account", deposits.accountOf(user.organizationId()).orElse(null));
        return "market/my";
    }

    @GetMapping("/market/buy-requests/new")
    @PreAuthorize("hasAnyRole('ENTERPRISE','INVESTOR')")
    String initBuyRequestForm(Model model) {
        return showBuyRequestForm(model, new LinkedHashMap<>(), Map.of());
    }

    @PostMapping("/market/buy-requests")
    @PreAuthorize("hasAnyRole('ENTERPRISE','INVESTOR')")
    String processBuyRequestForm(@RequestParam Map<String, String> form, @AuthenticationPrincipal CurrentUser user,
            Model model, Locale locale) {
        try {
            buyRequests.create(MarketForms.buyRequest(form), user);
            return "redirect:/market/my#buy-requests";
        } catch (InvalidInputException e) {
            return showBuyRequestForm(model, form, e.messagesByField(messages, locale));
        }
    }

    @GetMapping("/market/negotiations/{id}")
    String negotiation(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Negotiation negotiation = negotiations.get(id, user);
        model.addAttribute("negotiation", negotiation);
        model.addAttribute("listing", listings.visible(negotiation.getListingId(), user));
        model.addAttribute("side", negotiation.sideOf(user.organizationId()));
        model.addAttribute("names", MarketForms.names(organizations, negotiation.getBuyerOrganizationId(),
                negotiation.getSellerOrganizationId()));
        return "market/negotiation";
    }

    @PostMapping("/market/negotiations/{id}/{step}")
    String negotiationStep(@PathVariable Long id, @PathVariable String step, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        long version = MarketForms.version(form.get("version"));
        Object result = PageFeedback.perform(messages, locale, redirect, "market.page.stepDone", () -> switch (step) {
            case "offer" -> negotiations.offer(id, version, MarketForms.money(form.get("price")), form.get("text"), user);
            case "message" -> negotiations.message(id, version, form.get("text"), user);
            case "acceptance" -> negotiations.accept(id, version, user);
            case "decline" -> negotiations.decline(id, version, form.get("text"), user);
            default -> throw new cn.ipfin.core.error.NotFoundException("market.step.unknown", "error.notFound");
        });
        return result instanceof Deal deal ? "redirect:/market/deals/" + deal.getId()
                : "redirect:/market/negotiations/" + id;
    }

    @GetMapping("/market/deals/{id}")
    String deal(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Deal deal = deals.get(id, user);
        model.addAttribute("deal", deal);
        model.addAttribute("listing", listings.visible(deal.getListingId(), user));
        model.addAttribute("names", MarketForms.names(organizations, deal.getSellerOrganizationId(),
                deal.getBuyerOrganizationId()));
        model.addAttribute("today", deals.today());
        return "market/deal";
    }

    @PostMapping("/market/deals/{id}/{step}")
    String dealStep(@PathVariable Long id, @PathVariable String step, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        long version = MarketForms.version(form.get("version"));
        PageFeedback.perform(messages, locale, redirect, "market.page.stepDone", () -> switch (step) {
            case "contract" -> deals.recordContract(id, version, form.get("contractNumber"),
                    MarketForms.date(form.get("contractDate")), MarketForms.money(form.get("contractPrice")), user);
            case "transfer-submission" -> deals.recordTransferSubmission(id, version,
                    MarketForms.date(form.get("submittedOn")), user);
            case "transfer-registration" -> deals.recordRegistration(id, version, form.get("registrationNumber"),
                    MarketForms.date(form.get("registeredOn")), user);
            default -> throw new cn.ipfin.core.error.NotFoundException("market.step.unknown", "error.notFound");
        });
        return "redirect:/market/deals/" + id;
    }

    private String showBuyRequestForm(Model model, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        MarketPageController.addChoices(model);
        return "market/buy-request-form";
    }
}
