package cn.ipfin.market.web;

import java.util.Locale;
import java.util.Map;

import cn.ipfin.identity.CurrentUser;
import cn.ipfin.identity.Role;
import cn.ipfin.ipasset.LegalStatus;
import cn.ipfin.market.Auction;
import cn.ipfin.market.AuctionService;
import cn.ipfin.market.DepositService;
import cn.ipfin.market.Listing;
import cn.ipfin.market.ListingService;
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
 * The auction hall with its live and upcoming lots, and the page of one lot. That page has the countdown, which the
 * browser computes from the server time sent with the page, the bid form and the masked bid history. The
 * lister of an unsold lot also gets the relist form there.
 */
@Controller
class AuctionPageController {

    private final AuctionService auctions;
    private final ListingService listings;
    private final DepositService deposits;
    private final MessageSource messages;

    AuctionPageController(AuctionService auctions, ListingService listings, DepositService deposits,
            MessageSource messages) {
        this.auctions = auctions;
        this.listings = listings;
        this.deposits = deposits;
        this.messages = messages;
    }

    @GetMapping("/auctions")
    String list(Model model) {
        var live = auctions.live();
        var upcoming = auctions.upcoming();
        Map<Long, Listing> byId = new java.util.HashMap<>();
        live.forEach(auction -> byId.put(auction.getId(), listings.visible(auction.getListingId(), null)));
        upcoming.forEach(auction -> byId.put(auction.getId(), listings.visible(auction.getListingId(), null)));
        model.addAttribute("lots", live);
        model.addAttribute("upcoming", upcoming);
        model.addAttribute("listings", byId);
        model.addAttribute("serverTime", auctions.now());
        return "market/auctions";
    }

    @GetMapping("/auctions/{id}")
    String detail(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Auction auction = auctions.view(id, user);
        Listing listing = listings.visible(auction.getListingId(), user);
        model.addAttribute("lot", auction);
        model.addAttribute("listing", listing);
        model.addAttribute("history", auctions.history(id));
        model.addAttribute("minimumBid", auctions.minimumBid(auction));
        model.addAttribute("serverTime", auctions.now());
        model.addAttribute("live", auction.isLive(auctions.now()));
        model.addAttribute("upcoming", auction.isUpcoming(auctions.now()));
        boolean assetValid = listings.currentAssetStatus(listing) == LegalStatus.VALID;
        model.addAttribute("assetNotValid", !assetValid);
        boolean lister = user != null && listing.getListerOrganizationId().equals(user.organizationId());
        model.addAttribute("isLister", lister);
        model.addAttribute("canBid", user != null && !lister && assetValid
                && user.hasRole(Role.INVESTOR, Role.ENTERPRISE));
        if (user != null) {
            model.addAttribute("account", deposits.accountOf(user.organizationId()).orElse(null));
            model.addAttribute("myNumber", auctions.bidderNumberOf(id, user.organizationId()).orElse(null));
            model.addAttribute("leading", user.organizationId().equals(auction.getLeadingOrganizationId()));
        }
        return "market/auction";
    }

    @PostMapping("/auctions/{id}/bids")
    @PreAuthorize("hasAnyRole('INVESTOR','ENTERPRISE')")
    String bid(@PathVariable Long id, @RequestParam Map<String, String> form, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect, Locale locale) {
        PageFeedback.perform(messages, locale, redirect, "market.page.bidAccepted",
                () -> auctions.bid(id, MarketForms.money(form.get("amount")), seenVersion(form.get("version")), user));
        return "redirect:/auctions/" + id;
    }

    /** Returns the lot version sent with the bid form, or null when the form sent none or no number. */
    private static Long seenVersion(String text) {
        long version = MarketForms.version(text);
        return version < 0 ? null : version;
    }

    @PostMapping("/auctions/{id}/relisting")
    @PreAuthorize("hasAnyRole('ENTERPRISE','BANK')")
    String relist(@PathVariable Long id, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        Auction relisted = PageFeedback.perform(messages, locale, redirect, "market.page.relisted",
                () -> auctions.relist(id, MarketForms.version(form.get("version")), MarketForms.auction(form), user));
        return "redirect:/auctions/" + (relisted == null ? id : relisted.getId());
    }
}
