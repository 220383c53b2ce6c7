package cn.ipfin.recovery.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.market.Auction;
import cn.ipfin.market.AuctionService;
import cn.ipfin.market.Listing;
import cn.ipfin.recovery.DefaultCase;
import cn.ipfin.recovery.DisposalService;
import cn.ipfin.recovery.DisposalTerms;
import cn.ipfin.recovery.LossClaim;
import cn.ipfin.recovery.PoolEntry;
import cn.ipfin.recovery.RecoveryEvent;
import cn.ipfin.recovery.RecoveryService;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Default cases, loss claims and the risk-compensation pool for API clients. Every step names the {@code version}
 * it read, so a step on a stale copy gets 409.
 */
@RestController
@RequestMapping("/api/v1/recovery")
@PreAuthorize("hasAnyRole('BANK', 'GUARANTOR', 'INSURER', 'EVALUATOR', 'GOVERNMENT', 'OPERATOR', 'ADMIN', 'ENTERPRISE')")
class RecoveryApiController {

    private final RecoveryService recovery;
    private final DisposalService disposals;
    private final AuctionService auctions;

    RecoveryApiController(RecoveryService recovery, DisposalService disposals, AuctionService auctions) {
        this.recovery = recovery;
        this.disposals = disposals;
        this.auctions = auctions;
    }

    record DeclarationRequest(Long loanId, String reason, BigDecimal priorRecoveries, Long guarantorOrganizationId,
            Long insurerOrganizationId, Long evaluatorOrganizationId) {
    }

    // The schema names carry the module, because other API controllers declare records of the same simple name.
    @Schema(name = "RecoveryStepRequest")
    record StepRequest(Long version, String note, String reason, LocalDate paidOn, String reference,
            BigDecimal proceeds, LocalDate proceedsOn) {
    }

    /**
     * The disposal-sale listing to open: the pledged asset (optional when the loan pledged one), {@code FIXED} with
     * {@code askingPrice}, or {@code AUCTION} with start price, increment, optional reserve price, deposit and the
     * end of bidding. Amounts are yuan with at most two decimals.
     */
    @Schema(name = "RecoveryDisposalRequest")
    record DisposalRequest(Long version, Long assetId, String priceMode, BigDecimal askingPrice,
            BigDecimal startPrice, BigDecimal increment, BigDecimal reservePrice, BigDecimal deposit, Instant endsAt,
            String industryCode, String description) {
    }

    record ContributionRequest(BigDecimal amount, LocalDate entryDate, String reference) {
    }

    record ClaimView(Long id, long version, String party, Long payerOrganizationId, BigDecimal sharePercent,
            String amount, String status, String recommendedBy, String decidedBy, String decisionNote,
            LocalDate paidOn, String paymentReference, String recovered) {

        static ClaimView of(LossClaim claim) {
            return new ClaimView(claim.getId(), claim.getVersion(), claim.getParty().name(),
                    claim.getPayerOrganizationId(), claim.getSharePercent(), claim.getAmount().toString(),
                    claim.getStatus().name(), claim.getRecommendedBy(), claim.getDecidedBy(),
                    claim.getDecisionNote(), claim.getPaidOn(), claim.getPaymentReference(),
                    claim.getRecovered() == null ? null : claim.getRecovered().toString());
        }
    }

    record EventView(String action, String party, String actor, String note, String occurredAt) {

        static EventView of(RecoveryEvent event) {
            return new EventView(event.getAction(), event.getParty() == null ? null : event.getParty().name(),
                    event.getActor(), event.getNote(), event.getOccurredAt().toString());
        }
    }

    /** The disposal-sale listing of a case and its latest auction lot, if it is sold by auction. */
    @Schema(name = "RecoveryDisposalView")
    record DisposalView(Long listingId, Long assetId, String listingStatus, String priceMode, Long auctionId,
            String auctionStatus, String currentPrice, Instant endsAt) {

        static DisposalView of(Listing listing, Auction auction) {
            return new DisposalView(listing.getId(), listing.getAssetId(), listing.getStatus().name(),
                    listing.getPriceMode().name(), auction == null ? null : auction.getId(),
                    auction == null ? null : auction.getStatus().name(),
                    auction == null || auction.getCurrentPrice() == null ? null : auction.getCurrentPrice().toString(),
                    auction == null ? null : auction.getEndsAt());
        }
    }

    /**
     * A default case. {@code disposal} is null before the disposal starts; {@code proceedsDealId} names the market
     * deal whose contract brought the proceeds, and is null for proceeds typed in for a sale off the platform.
     */
    @Schema(name = "RecoveryCaseView")
    record CaseView(Long id, long version, Long loanId, Long lenderOrganizationId, Long borrowerOrganizationId,
            String financingModelCode, String status, LocalDate declaredOn, int daysPastDue,
            String outstandingPrincipal, String accruedInterest, String accruedPenalty, String priorRecoveries,
            String lossAmount, DisposalView disposal, Long proceedsDealId, String proceeds, LocalDate proceedsOn,
            String proceedsReference, String pledgorSurplus, List<ClaimView> claims, List<EventView> events) {

        static CaseView of(DefaultCase c, DisposalView disposal) {
            return new CaseView(c.getId(), c.getVersion(), c.getLoanId(), c.getLenderOrganizationId(),
                    c.getBorrowerOrganizationId(), c.getFinancingModelCode(), c.getStatus().name(), c.getDeclaredOn(),
                    c.getDaysPastDue(), c.getOutstandingPrincipal().toString(), c.getAccruedInterest().toString(),
                    c.getAccruedPenalty().toString(), c.getPriorRecoveries().toString(), c.getLossAmount().toString(),
                    disposal, c.getProceedsDealId(), c.getProceeds() == null ? null : c.getProceeds().toString(),
                    c.getProceedsOn(), c.getProceedsReference(),
                    c.getPledgorSurplus() == null ? null : c.getPledgorSurplus().toString(),
                    c.getClaims().stream().map(ClaimView::of).toList(),
                    c.getEvents().stream().map(EventView::of).toList());
        }
    }

    record PoolEntryView(Long id, String kind, String amount, LocalDate entryDate, String reference, Long claimId) {

        static PoolEntryView of(PoolEntry entry) {
            return new PoolEntryView(entry.getId(), entry.getKind().name(), entry.getAmount().toString(),
                    entry.getEntryDate(), entry.getReference(), entry.getClaimId());
        }
    }

    record PoolView(String contributions, String payouts, String balance, String coveredOutstanding,
            BigDecimal leverage, List<PoolEntryView> entries) {
    }

    @PostMapping("/cases")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('BANK')")
    CaseView declare(@RequestBody DeclarationRequest request, @AuthenticationPrincipal CurrentUser user) {
        if (request.loanId() == null) {
            throw InvalidInputException.of("loanId", "recovery.loanId.missing");
        }
        return view(recovery.declare(new RecoveryService.Declaration(request.loanId(), request.reason(),
                request.priorRecoveries(), request.guarantorOrganizationId(), request.insurerOrganizationId(),
                request.evaluatorOrganizationId()), user));
    }

    @GetMapping("/cases")
    List<CaseView> list(@AuthenticationPrincipal CurrentUser user) {
        return recovery.list(user).stream().map(this::view).toList();
    }

    @GetMapping("/cases/{id}")
    CaseView get(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return view(recovery.get(id, user));
    }

    @PostMapping("/claims/{id}/recommendation")
    CaseView recommend(@PathVariable Long id, @RequestBody StepRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return view(recovery.recommend(id, version(request), user));
    }

    @PostMapping("/claims/{id}/approval")
    CaseView approve(@PathVariable Long id, @RequestBody StepRequest request, @AuthenticationPrincipal CurrentUser user) {
        return view(recovery.approve(id, version(request), request.note(), user));
    }

    @PostMapping("/claims/{id}/rejection")
    CaseView reject(@PathVariable Long id, @RequestBody StepRequest request, @AuthenticationPrincipal CurrentUser user) {
        return view(recovery.reject(id, version(request), request.reason(), user));
    }

    @PostMapping("/claims/{id}/payment")
    CaseView pay(@PathVariable Long id, @RequestBody StepRequest request, @AuthenticationPrincipal CurrentUser user) {
        return view(recovery.pay(id, version(request), request.paidOn(), request.reference(), user));
    }

    /** Opens the disposal-sale listing of the case's pledged IP on the market; the operator then reviews it. */
    @PostMapping("/cases/{id}/disposal")
    @PreAuthorize("hasRole('BANK')")
    CaseView dispose(@PathVariable Long id, @RequestBody DisposalRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        if (request.version() == null) {
            throw InvalidInputException.of("version", "recovery.version.missing");
        }
        return view(disposals.startDisposal(id, request.version(), new DisposalTerms(request.assetId(),
                request.priceMode(), request.askingPrice(), request.startPrice(), request.increment(),
                request.reservePrice(), request.deposit(), request.endsAt(), request.industryCode(),
                request.description()), user));
    }

    /**
     * Records the proceeds of a sale made off the platform. A sale on the market records its proceeds by itself
     * when the deal's contract is recorded.
     */
    @PostMapping("/cases/{id}/proceeds")
    @PreAuthorize("hasRole('BANK')")
    CaseView proceeds(@PathVariable Long id, @RequestBody StepRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return view(recovery.recordProceeds(id, version(request), request.proceeds(), request.proceedsOn(),
                request.reference(), user));
    }

    @GetMapping("/pool")
    @PreAuthorize("hasAnyRole('GOVERNMENT', 'OPERATOR', 'ADMIN')")
    PoolView pool(@AuthenticationPrincipal CurrentUser user) {
        RecoveryService.PoolSummary pool = recovery.pool(user);
        return new PoolView(pool.contributions().toString(), pool.payouts().toString(), pool.balance().toString(),
                pool.coveredOutstanding().toString(), pool.leverage(),
                pool.entries().stream().map(PoolEntryView::of).toList());
    }

    @PostMapping("/pool/contributions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('GOVERNMENT')")
    PoolEntryView contribute(@RequestBody ContributionRequest request, @AuthenticationPrincipal CurrentUser user) {
        return PoolEntryView.of(recovery.contribute(request.amount(), request.entryDate(), request.reference(), user));
    }

    private CaseView view(DefaultCase defaultCase) {
        DisposalView disposal = disposals.listingOf(defaultCase)
                .map(listing -> DisposalView.of(listing, auctions.latestOf(listing.getId()).orElse(null)))
                .orElse(null);
        return CaseView.of(defaultCase, disposal);
    }

    private static long version(StepRequest request) {
        if (request.version() == null) {
            throw InvalidInputException.of("version", "recovery.version.missing");
        }
        return request.version();
    }
}
