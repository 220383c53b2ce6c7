package cn.ipfin.market.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import cn.ipfin.identity.CurrentUser;
import cn.ipfin.market.AuctionService;
import cn.ipfin.market.AuctionTerms;
import cn.ipfin.market.DepositService;
import cn.ipfin.market.api.MarketViews.AuctionView;
import cn.ipfin.market.api.MarketViews.BidLineView;
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
 * Auctions for API clients: open lots, a lot with the server time and its masked bid history, bidding by an
 * investor or enterprise with a deposit account, and relisting an unsold lot.
 */
@RestController
@RequestMapping("/api/v1/auctions")
class AuctionApiController {

    private final AuctionService auctions;
    private final DepositService deposits;

    AuctionApiController(AuctionService auctions, DepositService deposits) {
        this.auctions = auctions;
        this.deposits = deposits;
    }

    /**
     * A bid. The optional {@code version} is the lot version the bidder saw, which separates a lost race from a
     * low bid.
     */
    record BidBody(BigDecimal amount, Long version) {
    }

    record BidResult(Long bidId, String amount, int bidderNumber, AuctionView auction) {
    }

    record RelistBody(Long version, BigDecimal startPrice, BigDecimal increment, BigDecimal reservePrice,
            BigDecimal deposit, Instant startsAt, Instant endsAt) {
    }

    record DepositAccountView(Long organizationId, String balance, String frozen, String available) {
    }

    @GetMapping
    List<AuctionView> open() {
        return auctions.open().stream().map(auction -> AuctionView.of(auction, auctions)).toList();
    }

    @GetMapping("/{id}")
    AuctionView get(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return AuctionView.of(auctions.view(id, user), auctions);
    }

    @GetMapping("/{id}/bids")
    List<BidLineView> bids(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        auctions.view(id, user);
        return auctions.history(id).stream().map(BidLineView::of).toList();
    }

    @PostMapping("/{id}/bids")
    @PreAuthorize("hasAnyRole('INVESTOR','ENTERPRISE')")
    ResponseEntity<BidResult> bid(@PathVariable Long id, @RequestBody BidBody body,
            @AuthenticationPrincipal CurrentUser user) {
        AuctionService.Placed placed = auctions.bid(id, ApiInput.money("amount", body.amount()), body.version(), user);
        return ResponseEntity.status(201).body(new BidResult(placed.bid().getId(), placed.bid().getAmount().toString(),
                placed.bid().getBidderNumber(), AuctionView.of(placed.auction(), auctions)));
    }

    @PostMapping("/{id}/relisting")
    @PreAuthorize("hasAnyRole('ENTERPRISE','BANK')")
    ResponseEntity<AuctionView> relist(@PathVariable Long id, @RequestBody RelistBody body,
            @AuthenticationPrincipal CurrentUser user) {
        AuctionTerms terms = new AuctionTerms(ApiInput.money("startPrice", body.startPrice()),
                ApiInput.money("increment", body.increment()), ApiInput.money("reservePrice", body.reservePrice()),
                ApiInput.money("deposit", body.deposit()), body.startsAt(), body.endsAt());
        return ResponseEntity.status(201).body(AuctionView.of(auctions.relist(id, ApiInput.version(body.version()),
                terms, user), auctions));
    }

    @GetMapping("/deposit-account")
    @PreAuthorize("isAuthenticated()")
    DepositAccountView depositAccount(@AuthenticationPrincipal CurrentUser user) {
        return deposits.accountOf(user.organizationId()).map(account -> new DepositAccountView(
                account.getOrganizationId(), account.getBalance().toString(), account.getFrozen().toString(),
                account.getAvailable().toString())).orElse(new DepositAccountView(user.organizationId(), "0.00",
                "0.00", "0.00"));
    }
}
