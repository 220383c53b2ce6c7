package cn.ipfin.market.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.reference.Industry;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.identity.Role;
import cn.ipfin.ipasset.IpKind;
import cn.ipfin.ipasset.LegalStatus;
import cn.ipfin.market.AuctionService;
import cn.ipfin.market.BuyRequestService;
import cn.ipfin.market.Listing;
import cn.ipfin.market.ListingService;
import cn.ipfin.market.ListingType;
import cn.ipfin.market.Negotiation;
import cn.ipfin.market.NegotiationService;
import cn.ipfin.market.PriceMode;
import cn.ipfin.organization.OrganizationService;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public market (search and listing detail) and the lister's steps: the listing form, the pledgee's
 * consent, withdrawal, and the inquiry that opens a negotiation.
 */
@Controller
class MarketPageController {

    private final ListingService listings;
    private final AuctionService auctions;
    private final BuyRequestService buyRequests;
    private final NegotiationService negotiations;
    private final OrganizationService organizations;
    private final MessageSource messages;

    MarketPageController(ListingService listings, AuctionService auctions, BuyRequestService buyRequests,
            NegotiationService negotiations, OrganizationService organizations, MessageSource messages) {
        this.listings = listings;
        this.auctions = auctions;
        this.buyRequests = buyRequests;
        this.negotiations = negotiations;
        this.organizations = organizations;
        this.messages = messages;
    }

    @GetMapping("/market")
    String search(@RequestParam(required = false) String kind, @RequestParam(required = false) String industry,
            @RequestParam(required = false) String type, @RequestParam(required = false) String mode,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        ListingService.Search search = new ListingService.Search(MarketForms.choice(IpKind.class, kind),
                Industry.of(industry).map(Industry::name).orElse(null), MarketForms.choice(ListingType.class, type),
                MarketForms.choice(PriceMode.class, mode), q);
        model.addAttribute("page", listings.search(search, PageRequest.of(Math.max(page, 0), 20,
                Sort.by(Sort.Direction.DESC, "updatedAt"))));
        model.addAttribute("search", search);
        model.addAttribute("q", q);
        model.addAttribute("baseUrl", pagerBase(search, q));
        addChoices(model);
        return "market/index";
    }

    @GetMapping("/market/listings/{id}")
    String detail(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Listing listing = listings.visible(id, user);
        model.addAttribute("listing", listing);
        var auction = auctions.latestOf(id).orElse(null);
        model.addAttribute("auction", auction);
        model.addAttribute("auctionUpcoming", auction != null && auction.isUpcoming(auctions.now()));
        model.addAttribute("assetNotValid", listings.currentAssetStatus(listing) != LegalStatus.VALID);
        model.addAttribute("names", MarketForms.names(organizations, listing.getListerOrganizationId(),
                listing.getPledgeeOrganizationId()));
        boolean lister = user != null && listing.getListerOrganizationId().equals(user.organizationId());
        model.addAttribute("isLister", lister);
        // The operator's review note is a remark to the lister, so it is not shown to the public.
        model.addAttribute("showReviewNote", lister || user != null && user.isPlatformStaff());
        model.addAttribute("isPledgee", user != null && user.organizationId() != null
                && user.organizationId().equals(listing.getPledgeeOrganizationId()));
        model.addAttribute("canInquire", user != null && !lister && user.hasRole(Role.ENTERPRISE, Role.INVESTOR)
                && listing.getStatus().name().equals("PUBLISHED") && listing.getPriceMode() != PriceMode.AUCTION);
        model.addAttribute("matchingRequests", lister ? buyRequests.requestsMatching(listing) : java.util.List.of());
        return "market/detail";
    }

    @GetMapping("/market/listings/new")
    @PreAuthorize("hasAnyRole('ENTERPRISE','BANK')")
    String initListingForm(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("listingType", user.hasRole(Role.BANK) ? ListingType.DISPOSAL_SALE.name() : ListingType.TRANSFER.name());
        form.put("priceMode", PriceMode.FIXED.name());
        organizations.find(user.organizationId()).ifPresent(org -> form.put("industryCode", org.getIndustryCode()));
        return showListingForm(model, user, form, Map.of(), locale);
    }

    @PostMapping("/market/listings")
    @PreAuthorize("hasAnyRole('ENTERPRISE','BANK')")
    String processListingForm(@RequestParam Map<String, String> form, @AuthenticationPrincipal CurrentUser user,
            Model model, Locale locale) {
        try {
            Listing listing = listings.create(MarketForms.listing(form), user);
            return "redirect:/market/listings/" + listing.getId();
        } catch (InvalidInputException e) {
            return showListingForm(model, user, form, e.messagesByField(messages, locale), locale);
        } catch (cn.ipfin.core.error.BusinessRuleException e) {
            return showListingForm(model, user, form, Map.of("assetId",
                    messages.getMessage(e.messageKey(), e.arguments(), locale)), locale);
        }
    }

    @PostMapping("/market/listings/{id}/consent")
    @PreAuthorize("hasRole('BANK')")
    String consent(@PathVariable Long id, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        PageFeedback.perform(messages, locale, redirect, "market.page.consented",
                () -> listings.consent(id, MarketForms.version(form.get("version")), user));
        return "redirect:/market/listings/" + id;
    }

    @PostMapping("/market/listings/{id}/withdrawal")
    @PreAuthorize("hasAnyRole('ENTERPRISE','BANK')")
    String withdraw(@PathVariable Long id, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        PageFeedback.perform(messages, locale, redirect, "market.page.withdrawn",
                () -> listings.withdraw(id, MarketForms.version(form.get("version")), user));
        return "redirect:/market/listings/" + id;
    }

    @PostMapping("/market/listings/{id}/inquiries")
    @PreAuthorize("hasAnyRole('ENTERPRISE','INVESTOR')")
    String inquire(@PathVariable Long id, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        Negotiation negotiation = PageFeedback.perform(messages, locale, redirect, "market.page.inquirySent",
                () -> negotiations.inquire(id, form.get("text"), user));
        return negotiation == null ? "redirect:/market/listings/" + id
                : "redirect:/market/negotiations/" + negotiation.getId();
    }

    /** An asset shown disabled in the listing form, with its number, title and the reason in one label. */
    record BlockedAsset(Long id, String label) {
    }

    /** Returns the short reason such as （失效，不可挂牌） for an asset that fails the listing checks. */
    private String reason(ListingService.AssetChoice choice, Locale locale) {
        String problem = choice.problemKey();
        if ("market.eligibility.notInForce".equals(problem)) {
            String status = messages.getMessage(choice.asset().getLegalStatus().messageKey(), null, locale);
            return messages.getMessage("market.choice.notInForce", new Object[] {status}, locale);
        }
        String suffix = problem.substring(problem.lastIndexOf('.') + 1);
        return messages.getMessage("market.choice." + suffix, null, locale);
    }

    private String showListingForm(Model model, CurrentUser user, Map<String, String> form, Map<String, String> errors,
            Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        List<ListingService.AssetChoice> choices = listings.listingChoices(user);
        model.addAttribute("assets", choices.stream().filter(ListingService.AssetChoice::eligible)
                .map(ListingService.AssetChoice::asset).toList());
        model.addAttribute("blockedAssets", choices.stream().filter(choice -> !choice.eligible())
                .map(choice -> new BlockedAsset(choice.asset().getId(), choice.asset().getNumber() + " "
                        + choice.asset().getTitle() + reason(choice, locale))).toList());
        model.addAttribute("listingTypes", user.hasRole(Role.BANK) ? java.util.List.of(ListingType.DISPOSAL_SALE)
                : java.util.List.of(ListingType.TRANSFER, ListingType.EXCLUSIVE_LICENCE, ListingType.SOLE_LICENCE,
                        ListingType.NON_EXCLUSIVE_LICENCE));
        addChoices(model);
        return "market/form";
    }

    /** Returns the search URL with its filters and a trailing {@code ?} or {@code &}, for the pager links. */
    private static String pagerBase(ListingService.Search search, String q) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/market");
        if (search.kind() != null) {
            url.queryParam("kind", search.kind());
        }
        if (search.industryCode() != null) {
            url.queryParam("industry", search.industryCode());
        }
        if (search.listingType() != null) {
            url.queryParam("type", search.listingType());
        }
        if (search.priceMode() != null) {
            url.queryParam("mode", search.priceMode());
        }
        if (q != null && !q.isBlank()) {
            url.queryParam("q", q.trim());
        }
        String built = url.build().encode().toUriString();
        return built + (built.contains("?") ? "&" : "?");
    }

    static void addChoices(Model model) {
        model.addAttribute("kinds", IpKind.values());
        model.addAttribute("industries", Industry.values());
        model.addAttribute("types", ListingType.values());
        model.addAttribute("modes", PriceMode.values());
    }
}
