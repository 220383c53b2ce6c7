package cn.ipfin.recovery;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.ipfin.core.error.ConflictException;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.InvalidInputException.Violation;
import cn.ipfin.core.money.Money;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.loan.LoanQueries;
import cn.ipfin.loan.LoanSummary;
import cn.ipfin.market.AuctionTerms;
import cn.ipfin.market.DealClosed;
import cn.ipfin.market.DisposalSale;
import cn.ipfin.market.Listing;
import cn.ipfin.market.ListingService;
import cn.ipfin.market.ListingStatus;
import cn.ipfin.market.ListingType;
import cn.ipfin.market.PriceMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sells the pledged IP of a default case on the market (处置变卖). The lender opens a disposal-sale listing from the
 * case, at a fixed price or by auction. The contract of the market deal on that listing brings the proceeds, which
 * are shared over the losses borne, and the case closes.
 */
@Service
public class DisposalService {

    private static final Logger log = LoggerFactory.getLogger(DisposalService.class);

    private final DefaultCases cases;
    private final RecoveryService recovery;
    private final ListingService listings;
    private final LoanQueries loans;
    private final Clock clock;

    DisposalService(DefaultCases cases, RecoveryService recovery, ListingService listings, LoanQueries loans,
            Clock clock) {
        this.cases = cases;
        this.recovery = recovery;
        this.listings = listings;
        this.loans = loans;
        this.clock = clock;
    }

    /**
     * Opens the disposal-sale listing of a pledged asset of the loan. The lender, as pledgee, gives its consent by
     * starting the disposal, which it may do once every other party has paid or refused its claim. The listing then
     * waits for the operator's review, and an auction opens for bids when the operator approves it.
     *
     * @throws InvalidInputException when a field is missing or invalid, each field with its own message
     * @throws ConflictException when a claim is still open or the case is not open
     */
    @Transactional
    public DefaultCase startDisposal(Long caseId, long version, DisposalTerms terms, CurrentUser user) {
        return startDisposal(caseId, version, terms, List.of(), user);
    }

    /**
     * Opens the disposal-sale listing as {@link #startDisposal(Long, long, DisposalTerms, CurrentUser)} does, and
     * reports the form's own errors, such as an amount that is not a number, together with the others.
     */
    @Transactional
    public DefaultCase startDisposal(Long caseId, long version, DisposalTerms terms, List<Violation> inputViolations,
            CurrentUser user) {
        DefaultCase defaultCase = recovery.forLender(caseId, version, user);
        if (!defaultCase.claimsSettled()) {
            throw new ConflictException("recovery.disposal.claims-open", "recovery.disposal.claimsOpen");
        }
        boolean relisting = defaultCase.getStatus() == CaseStatus.DISPOSING && listingEnded(defaultCase);
        if (defaultCase.getStatus() != CaseStatus.OPEN && !relisting) {
            throw new ConflictException("recovery.case.illegal", "recovery.case.illegal", "disposal",
                    defaultCase.getStatus());
        }
        LoanSummary loan = loans.find(defaultCase.getLoanId()).orElseThrow();
        DisposalSale sale = sale(terms, inputViolations, loan, defaultCase, user);

        Listing listing = listings.openDisposalSale(sale, user);
        if (relisting) {
            defaultCase.relistDisposal(listing.getId(), listing.getAssetId());
        } else {
            defaultCase.startDisposal(listing.getId(), listing.getAssetId());
        }
        defaultCase.record("dispose", null, user.username(), user.organizationId(),
                listing.getAssetNumber() + " #" + listing.getId(), clock.instant());
        log.info("Case {} put asset {} on sale as listing {}", caseId, listing.getAssetId(), listing.getId());
        return RecoveryService.loaded(defaultCase);
    }

    /**
     * Records the contract of a market deal as the proceeds of the case whose listing it sold, shares them and
     * closes the case. A deal on any other listing is ignored, and so is a deal already recorded, so a redelivered
     * event changes nothing.
     *
     * @return the case when this call recorded the deal, empty otherwise
     */
    @Transactional
    public Optional<DefaultCase> recordSale(DealClosed deal) {
        if (deal.listingType() != ListingType.DISPOSAL_SALE) {
            return Optional.empty();
        }
        Optional<DefaultCase> found = cases.findByDisposalListingId(deal.listingId());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DefaultCase defaultCase = found.get();
        if (deal.dealId().equals(defaultCase.getProceedsDealId()) || defaultCase.getStatus() != CaseStatus.DISPOSING) {
            log.info("Deal {} on listing {} left case {} as it was ({})", deal.dealId(), deal.listingId(),
                    defaultCase.getId(), defaultCase.getStatus());
            return Optional.empty();
        }
        defaultCase.recordDeal(deal.dealId());
        String reference = "DEAL-" + deal.dealId();
        defaultCase.record("sell", null, RecoveryService.MARKET_ACTOR, null,
                deal.price() + " / " + deal.contractDate() + " / " + reference, clock.instant());
        recovery.allocateAndClose(defaultCase, deal.price(), deal.contractDate(), reference,
                RecoveryService.MARKET_ACTOR, null);
        log.info("Deal {} closed case {} with proceeds {}", deal.dealId(), defaultCase.getId(), deal.price());
        return Optional.of(RecoveryService.loaded(defaultCase));
    }

    /**
     * Returns whether the case's listing ended without a sale, rejected by the operator or withdrawn, so that the
     * lender may open a new one. An unsold auction lot is relisted on the same listing from the auction page.
     */
    @Transactional(readOnly = true)
    public boolean listingEnded(DefaultCase defaultCase) {
        return listingOf(defaultCase).map(Listing::getStatus)
                .filter(status -> status == ListingStatus.REJECTED || status == ListingStatus.WITHDRAWN).isPresent();
    }

    /** Returns the listing the case opened, for showing its status, or empty before the disposal. */
    @Transactional(readOnly = true)
    public Optional<Listing> listingOf(DefaultCase defaultCase) {
        return defaultCase.getDisposalListingId() == null ? Optional.empty()
                : listings.find(defaultCase.getDisposalListingId());
    }

    /** Converts the terms, or throws every field error found by this module, the form and the market at once. */
    private DisposalSale sale(DisposalTerms terms, List<Violation> inputViolations, LoanSummary loan,
            DefaultCase defaultCase, CurrentUser user) {
        List<Violation> violations = new ArrayList<>(inputViolations);
        Long assetId = terms.assetId() != null ? terms.assetId()
                : loan.assetIds().size() == 1 ? loan.assetIds().iterator().next() : null;
        if (assetId == null || !loan.assetIds().contains(assetId)) {
            violations.add(new Violation("assetId", "recovery.disposal.assetInvalid"));
        }
        PriceMode mode = "FIXED".equals(terms.priceMode()) ? PriceMode.FIXED
                : "AUCTION".equals(terms.priceMode()) ? PriceMode.AUCTION : null;
        if (mode == null) {
            violations.add(new Violation("priceMode", "recovery.disposal.priceModeInvalid"));
        }
        Money asking = mode == PriceMode.FIXED ? money(terms.askingPrice(), "askingPrice", violations) : null;
        AuctionTerms auction = mode == PriceMode.AUCTION ? auction(terms, violations) : null;
        String industry = terms.industryCode() == null || terms.industryCode().isBlank() ? null
                : terms.industryCode().strip();
        DisposalSale sale = new DisposalSale(assetId, defaultCase.getBorrowerOrganizationId(), mode, asking,
                industry, terms.description(), auction);
        if (mode != null) {
            Set<String> reported = violations.stream().map(Violation::field).collect(Collectors.toSet());
            listings.disposalSaleViolations(sale, user).stream()
                    .filter(violation -> !reported.contains(violation.field())).forEach(violations::add);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return sale;
    }

    /** Converts the auction terms. Bidding may start now, but the lot opens only when the operator approves it. */
    private AuctionTerms auction(DisposalTerms terms, List<Violation> violations) {
        return new AuctionTerms(money(terms.startPrice(), "startPrice", violations),
                money(terms.increment(), "increment", violations),
                money(terms.reservePrice(), "reservePrice", violations),
                money(terms.deposit(), "deposit", violations), clock.instant(), terms.endsAt());
    }

    /** Converts an amount, or adds a violation and returns null when it has more than two decimals. */
    private static Money money(BigDecimal amount, String field, List<Violation> violations) {
        if (amount == null) {
            return null;
        }
        if (amount.stripTrailingZeros().scale() > Money.SCALE) {
            violations.add(new Violation(field, "recovery.disposal.amountInvalid"));
            return null;
        }
        return Money.of(amount);
    }
}
