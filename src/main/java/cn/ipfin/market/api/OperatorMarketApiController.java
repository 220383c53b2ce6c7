package cn.ipfin.market.api;

import java.math.BigDecimal;
import java.util.List;

import cn.ipfin.identity.CurrentUser;
import cn.ipfin.market.DepositAccount;
import cn.ipfin.market.DepositService;
import cn.ipfin.market.ListingService;
import cn.ipfin.market.api.MarketViews.ListingView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The operator's review of listings and the top-up of deposit accounts. */
@RestController
@RequestMapping("/api/v1/operator/market")
@PreAuthorize("hasAnyRole('OPERATOR','ADMIN')")
class OperatorMarketApiController {

    private final ListingService listings;
    private final DepositService deposits;

    OperatorMarketApiController(ListingService listings, DepositService deposits) {
        this.listings = listings;
        this.deposits = deposits;
    }

    record ReviewBody(Long version, String note) {
    }

    record TopUpBody(BigDecimal amount) {
    }

    record AccountView(Long organizationId, String balance, String frozen, String available) {

        static AccountView of(DepositAccount account) {
            return new AccountView(account.getOrganizationId(), account.getBalance().toString(),
                    account.getFrozen().toString(), account.getAvailable().toString());
        }
    }

    @GetMapping("/listings")
    List<ListingView> pending() {
        return listings.pendingReview().stream().map(listing -> ListingView.of(listing, null)).toList();
    }

    @PostMapping("/listings/{id}/approval")
    ListingView approve(@PathVariable Long id, @RequestBody ReviewBody body, @AuthenticationPrincipal CurrentUser user) {
        return ListingView.of(listings.approve(id, ApiInput.version(body.version()), body.note(), user), null);
    }

    @PostMapping("/listings/{id}/rejection")
    ListingView reject(@PathVariable Long id, @RequestBody ReviewBody body, @AuthenticationPrincipal CurrentUser user) {
        return ListingView.of(listings.reject(id, ApiInput.version(body.version()), body.note(), user), null);
    }

    @PostMapping("/deposit-accounts/{organizationId}/top-ups")
    AccountView topUp(@PathVariable Long organizationId, @RequestBody TopUpBody body,
            @AuthenticationPrincipal CurrentUser user) {
        return AccountView.of(deposits.topUp(organizationId, ApiInput.money("amount", body.amount()), user));
    }
}
