package cn.ipfin.market.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import cn.ipfin.identity.CurrentUser;
import cn.ipfin.ipasset.IpKind;
import cn.ipfin.market.BuyRequest;
import cn.ipfin.market.BuyRequestDraft;
import cn.ipfin.market.BuyRequestService;
import cn.ipfin.market.Deal;
import cn.ipfin.market.DealService;
import cn.ipfin.market.Negotiation;
import cn.ipfin.market.NegotiationService;
import cn.ipfin.market.api.MarketViews.BuyRequestView;
import cn.ipfin.market.api.MarketViews.DealView;
import cn.ipfin.market.api.MarketViews.NegotiationView;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Buy requests with their matches, negotiations (inquiry, offer, counter-offer, acceptance) and deals with
 * contract and transfer registration. Everything here belongs to the organisations involved, so every GET
 * needs a signed-in user although the prefix is public.
 */
@RestController
@RequestMapping("/api/v1/market")
class TradeApiController {

    private final BuyRequestService buyRequests;
    private final NegotiationService negotiations;
    private final DealService deals;
    private final MessageSource messages;

    TradeApiController(BuyRequestService buyRequests, NegotiationService negotiations, DealService deals,
            MessageSource messages) {
        this.buyRequests = buyRequests;
        this.negotiations = negotiations;
        this.deals = deals;
        this.messages = messages;
    }

    record BuyRequestBody(IpKind ipKind, String industryCode, String keywords, BigDecimal budgetMin,
            BigDecimal budgetMax, String note) {
    }

    record MatchView(Long listingId, String assetTitle, int score, List<String> reasons) {
    }

    record StepBody(Long version, BigDecimal price, String text, String contractNumber, LocalDate contractDate,
            BigDecimal contractPrice, LocalDate submittedOn, String registrationNumber, LocalDate registeredOn) {
    }

    record InquiryBody(String text) {
    }

    @PostMapping("/buy-requests")
    @PreAuthorize("hasAnyRole('ENTERPRISE','INVESTOR')")
    ResponseEntity<BuyRequestView> createBuyRequest(@RequestBody BuyRequestBody body,
            @AuthenticationPrincipal CurrentUser user) {
        BuyRequest request = buyRequests.create(new BuyRequestDraft(body.ipKind(), body.industryCode(), body.keywords(),
                ApiInput.money("budgetMin", body.budgetMin()), ApiInput.money("budgetMax", body.budgetMax()),
                body.note()), user);
        return ResponseEntity.created(URI.create("/api/v1/market/buy-requests/" + request.getId()))
                .body(BuyRequestView.of(request));
    }

    @GetMapping("/buy-requests/mine")
    @PreAuthorize("isAuthenticated()")
    List<BuyRequestView> myBuyRequests(@AuthenticationPrincipal CurrentUser user) {
        return buyRequests.ofOrganization(user.organizationId()).stream().map(BuyRequestView::of).toList();
    }

    @GetMapping("/buy-requests/{id}/matches")
    @PreAuthorize("isAuthenticated()")
    List<MatchView> matches(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user,
            java.util.Locale locale) {
        return buyRequests.matchesFor(id, user).stream().map(found -> new MatchView(found.listing().getId(),
                found.listing().getAssetTitle(), found.match().score(), found.match().reasons().stream()
                        .map(reason -> messages.getMessage(reason.messageKey(), reason.arguments().toArray(), locale))
                        .toList())).toList();
    }

    @PostMapping("/listings/{listingId}/negotiations")
    @PreAuthorize("hasAnyRole('ENTERPRISE','INVESTOR')")
    ResponseEntity<NegotiationView> inquire(@PathVariable Long listingId, @RequestBody InquiryBody body,
            @AuthenticationPrincipal CurrentUser user) {
        Negotiation negotiation = negotiations.inquire(listingId, body.text(), user);
        return ResponseEntity.created(URI.create("/api/v1/market/negotiations/" + negotiation.getId()))
                .body(NegotiationView.of(negotiation));
    }

    @GetMapping("/negotiations")
    @PreAuthorize("isAuthenticated()")
    List<NegotiationView> myNegotiations(@AuthenticationPrincipal CurrentUser user) {
        return negotiations.involving(user.organizationId()).stream().map(NegotiationView::of).toList();
    }

    @GetMapping("/negotiations/{id}")
    @PreAuthorize("isAuthenticated()")
    NegotiationView negotiation(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return NegotiationView.of(negotiations.get(id, user));
    }

    @PostMapping("/negotiations/{id}/offers")
    @PreAuthorize("isAuthenticated()")
    NegotiationView offer(@PathVariable Long id, @RequestBody StepBody body, @AuthenticationPrincipal CurrentUser user) {
        return NegotiationView.of(negotiations.offer(id, ApiInput.version(body.version()),
                ApiInput.money("price", body.price()), body.text(), user));
    }

    @PostMapping("/negotiations/{id}/messages")
    @PreAuthorize("isAuthenticated()")
    NegotiationView message(@PathVariable Long id, @RequestBody StepBody body,
            @AuthenticationPrincipal CurrentUser user) {
        return NegotiationView.of(negotiations.message(id, ApiInput.version(body.version()), body.text(), user));
    }

    @PostMapping("/negotiations/{id}/acceptance")
    @PreAuthorize("isAuthenticated()")
    DealView accept(@PathVariable Long id, @RequestBody StepBody body, @AuthenticationPrincipal CurrentUser user) {
        return DealView.of(negotiations.accept(id, ApiInput.version(body.version()), user));
    }

    @PostMapping("/negotiations/{id}/decline")
    @PreAuthorize("isAuthenticated()")
    NegotiationView decline(@PathVariable Long id, @RequestBody StepBody body,
            @AuthenticationPrincipal CurrentUser user) {
        return NegotiationView.of(negotiations.decline(id, ApiInput.version(body.version()), body.text(), user));
    }

    @GetMapping("/deals")
    @PreAuthorize("isAuthenticated()")
    List<DealView> myDeals(@AuthenticationPrincipal CurrentUser user) {
        return deals.involving(user).stream().map(DealView::of).toList();
    }

    @GetMapping("/deals/{id}")
    @PreAuthorize("isAuthenticated()")
    DealView deal(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return DealView.of(deals.get(id, user));
    }

    @PostMapping("/deals/{id}/contract")
    @PreAuthorize("isAuthenticated()")
    DealView contract(@PathVariable Long id, @RequestBody StepBody body, @AuthenticationPrincipal CurrentUser user) {
        Deal deal = deals.recordContract(id, ApiInput.version(body.version()), body.contractNumber(),
                body.contractDate(), ApiInput.money("contractPrice", body.contractPrice()), user);
        return DealView.of(deal);
    }

    @PostMapping("/deals/{id}/transfer-submission")
    @PreAuthorize("isAuthenticated()")
    DealView submitTransfer(@PathVariable Long id, @RequestBody StepBody body,
            @AuthenticationPrincipal CurrentUser user) {
        return DealView.of(deals.recordTransferSubmission(id, ApiInput.version(body.version()), body.submittedOn(),
                user));
    }

    @PostMapping("/deals/{id}/transfer-registration")
    @PreAuthorize("isAuthenticated()")
    DealView registerTransfer(@PathVariable Long id, @RequestBody StepBody body,
            @AuthenticationPrincipal CurrentUser user) {
        return DealView.of(deals.recordRegistration(id, ApiInput.version(body.version()), body.registrationNumber(),
                body.registeredOn(), user));
    }
}
