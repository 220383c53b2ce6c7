package cn.ipfin.market.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import cn.ipfin.identity.CurrentUser;
import cn.ipfin.ipasset.IpKind;
import cn.ipfin.market.AuctionService;
import cn.ipfin.market.AuctionTerms;
import cn.ipfin.market.Auction;
import cn.ipfin.market.Listing;
import cn.ipfin.market.ListingDraft;
import cn.ipfin.market.ListingService;
import cn.ipfin.market.ListingType;
import cn.ipfin.market.PriceMode;
import cn.ipfin.market.api.MarketViews.ListingView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Market listings for API clients: the public search and detail, listing by an enterprise or (for disposal)
 * a bank, the pledgee's consent and withdrawal. Steps name the {@code version} they read; a stale one gets 409.
 */
@RestController
@RequestMapping("/api/v1/market/listings")
class MarketApiController {

    private final ListingService listings;
    private final AuctionService auctions;

    MarketApiController(ListingService listings, AuctionService auctions) {
        this.listings = listings;
        this.auctions = auctions;
    }

    record ListingRequest(Long assetId, ListingType listingType, PriceMode priceMode, BigDecimal askingPrice,
            String industryCode, String description, BigDecimal startPrice, BigDecimal increment,
            BigDecimal reservePrice, BigDecimal deposit, Instant startsAt, Instant endsAt) {
    }

    record VersionRequest(Long version) {
    }

    record PageView(List<ListingView> content, int page, int size, long totalElements, int totalPages) {
    }

    @GetMapping
    PageView search(@RequestParam(required = false) IpKind kind, @RequestParam(required = false) String industry,
            @RequestParam(required = false) ListingType type, @RequestParam(required = false) PriceMode mode,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100),
                Sort.by(Sort.Direction.DESC, "updatedAt"));
        Page<Listing> found = listings.search(new ListingService.Search(kind, industry, type, mode, q), request);
        return new PageView(found.getContent().stream().map(this::view).toList(), found.getNumber(), found.getSize(),
                found.getTotalElements(), found.getTotalPages());
    }

    @GetMapping("/{id}")
    ListingView get(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return view(listings.visible(id, user));
    }

    @GetMapping("/mine")
    @PreAuthorize("isAuthenticated()")
    List<ListingView> mine(@AuthenticationPrincipal CurrentUser user) {
        return listings.ofOrganization(user.organizationId()).stream().map(this::view).toList();
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ENTERPRISE','BANK')")
    ResponseEntity<ListingView> create(@RequestBody ListingRequest request, @AuthenticationPrincipal CurrentUser user) {
        AuctionTerms terms = request.priceMode() != PriceMode.AUCTION ? null : new AuctionTerms(
                ApiInput.money("startPrice", request.startPrice()), ApiInput.money("increment", request.increment()),
                ApiInput.money("reservePrice", request.reservePrice()), ApiInput.money("deposit", request.deposit()),
                request.startsAt(), request.endsAt());
        Listing listing = listings.create(new ListingDraft(request.assetId(), request.listingType(), request.priceMode(),
                ApiInput.money("askingPrice", request.askingPrice()), request.industryCode(), request.description(),
                terms), user);
        return ResponseEntity.created(URI.create("/api/v1/market/listings/" + listing.getId())).body(view(listing));
    }

    @PostMapping("/{id}/consent")
    @PreAuthorize("hasRole('BANK')")
    ListingView consent(@PathVariable Long id, @RequestBody VersionRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return view(listings.consent(id, ApiInput.version(request.version()), user));
    }

    @PostMapping("/{id}/withdrawal")
    @PreAuthorize("hasAnyRole('ENTERPRISE','BANK')")
    ListingView withdraw(@PathVariable Long id, @RequestBody VersionRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return view(listings.withdraw(id, ApiInput.version(request.version()), user));
    }

    private ListingView view(Listing listing) {
        return ListingView.of(listing, auctions.latestOf(listing.getId()).map(Auction::getId).orElse(null));
    }
}
