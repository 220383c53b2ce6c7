package cn.ipfin.market;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.ipfin.core.error.BusinessRuleException;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.NotFoundException;
import cn.ipfin.core.money.Money;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.organization.OrganizationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the auction deposit accounts. The operator tops an account up; a bidder's first bid in a lot freezes
 * the lot's deposit, which needs that much available balance. So one balance covers one live lot at a time
 * unless it is large enough for both deposits. Accounts are read with a row lock when money moves.
 */
@Service
public class DepositService {

    private static final Logger log = LoggerFactory.getLogger(DepositService.class);

    private final DepositAccounts accounts;
    private final DepositHolds holds;
    private final OrganizationService organizations;
    private final Clock clock;

    DepositService(DepositAccounts accounts, DepositHolds holds, OrganizationService organizations, Clock clock) {
        this.accounts = accounts;
        this.holds = holds;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** Adds to an organisation's balance, opening its account on the first top-up; platform staff only. */
    @Transactional
    public DepositAccount topUp(Long organizationId, Money amount, CurrentUser user) {
        ListingService.requireStaff(user);
        if (amount == null || !amount.isPositive()) {
            throw InvalidInputException.of("amount", "market.deposit.amountInvalid");
        }
        if (organizations.find(organizationId).isEmpty()) {
            throw new NotFoundException("organization.not-found", "market.deposit.organizationMissing", organizationId);
        }
        Instant now = clock.instant();
        DepositAccount account = accounts.findForUpdate(organizationId)
                .orElseGet(() -> accounts.save(new DepositAccount(organizationId, now)));
        account.topUp(amount, now);
        log.info("Deposit account of organization {} topped up by {} by {}", organizationId, amount, user.username());
        return account;
    }

    @Transactional(readOnly = true)
    public Optional<DepositAccount> accountOf(Long organizationId) {
        return accounts.findById(organizationId);
    }

    @Transactional(readOnly = true)
    public List<DepositAccount> all() {
        return accounts.findAll();
    }

    @Transactional(readOnly = true)
    public List<DepositHold> frozenHoldsOf(Long organizationId) {
        return holds.findByOrganizationIdAndStatus(organizationId, DepositHold.Status.FROZEN);
    }

    /** Freezes the lot's deposit on the organisation's first bid in it; later bids find the hold in place. */
    void freezeOnFirstBid(Long organizationId, Auction auction, Instant now) {
        if (holds.findByOrganizationIdAndAuctionId(organizationId, auction.getId()).isPresent()) {
            return;
        }
        DepositAccount account = accounts.findForUpdate(organizationId).orElseThrow(() ->
                new BusinessRuleException("market.deposit.none", "market.deposit.none", auction.getDeposit()));
        account.freeze(auction.getDeposit(), now);
        holds.save(new DepositHold(organizationId, auction.getId(), auction.getDeposit(), now));
    }

    /**
     * Releases every frozen deposit of a closed lot except the winner's, which pays part of the price. That
     * deposit leaves the winner's balance and its hold becomes applied. Returns the amount applied, or zero
     * without a winner.
     */
    Money settle(Auction auction, Long winnerOrganizationId, Money price, Instant now) {
        Money applied = Money.ZERO;
        // Accounts are locked in organisation order, so two lots closing at once cannot deadlock.
        List<DepositHold> frozen = holds.findByAuctionIdAndStatus(auction.getId(), DepositHold.Status.FROZEN).stream()
                .sorted(java.util.Comparator.comparing(DepositHold::getOrganizationId)).toList();
        for (DepositHold hold : frozen) {
            DepositAccount account = accounts.findForUpdate(hold.getOrganizationId()).orElseThrow();
            if (hold.getOrganizationId().equals(winnerOrganizationId)) {
                // The terms allow a deposit above the price, so the applied amount is capped at the price and
                // the rest of the deposit is released.
                applied = hold.getAmount().compareTo(price) > 0 ? price : hold.getAmount();
                account.applyFrozen(hold.getAmount(), applied, now);
                hold.apply(now);
            } else {
                account.release(hold.getAmount(), now);
                hold.release(now);
            }
        }
        return applied;
    }
}
