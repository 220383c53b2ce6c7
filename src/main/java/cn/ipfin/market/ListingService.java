package cn.ipfin.market;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import cn.ipfin.core.error.BusinessRuleException;
import cn.ipfin.core.error.ConflictException;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.InvalidInputException.Violation;
import cn.ipfin.core.error.NotFoundException;
import cn.ipfin.core.reference.Industry;
import cn.ipfin.core.time.ClockConfiguration;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.identity.Role;
import cn.ipfin.ipasset.IpAsset;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.ipasset.LegalStatus;
import cn.ipfin.ipasset.IpKind;
import cn.ipfin.ipasset.IpPledge;
import cn.ipfin.ipasset.PledgeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates listings after the ownership and legal-status checks, records the pledgee's consent and the
 * operator's review, and serves the public market search.
 */
@Service
public class ListingService {

    /** The maximum bidding period of one auction. */
    static final Duration MAX_AUCTION_LENGTH = Duration.ofDays(30);

    private static final Logger log = LoggerFactory.getLogger(ListingService.class);
    private static final List<ListingType> SINGLE_DEAL_TYPES = List.of(ListingType.TRANSFER,
            ListingType.EXCLUSIVE_LICENCE, ListingType.SOLE_LICENCE, ListingType.DISPOSAL_SALE);

    private final Listings listings;
    private final Auctions auctions;
    private final IpAssetService assets;
    private final PledgeService pledges;
    private final Clock clock;
    private final ListingEligibilityValidator eligibility = new ListingEligibilityValidator();

    ListingService(Listings listings, Auctions auctions, IpAssetService assets, PledgeService pledges, Clock clock) {
        this.listings = listings;
        this.auctions = auctions;
        this.assets = assets;
        this.pledges = pledges;
        this.clock = clock;
    }

    /**
     * Returns the legal status the listed asset has in the registry now, which may have changed since listing,
     * for example when a legal-status feed reports a lapse.
     */
    @Transactional(readOnly = true)
    public LegalStatus currentAssetStatus(Listing listing) {
        return assets.get(listing.getAssetId()).getLegalStatus();
    }

    /** A search of published listings; every criterion may be null. */
    public record Search(IpKind kind, String industryCode, ListingType listingType, PriceMode priceMode, String text) {
    }

    /**
     * Creates a listing. An enterprise lists an asset it owns; a bank lists a disposal sale of an asset pledged to
     * it. An auction listing carries its terms and opens for bids when the operator approves it.
     *
     * @throws InvalidInputException when a field is missing or out of range
     * @throws BusinessRuleException when the asset may not be listed by this organisation
     * @throws ConflictException when the asset already has an active listing that excludes this one
     */
    @Transactional
    public Listing create(ListingDraft draft, CurrentUser user) {
        requireRole(user, Role.ENTERPRISE, Role.BANK);
        Instant now = clock.instant();
        List<Violation> violations = violations(draft, user, now);
        IpAsset asset = draft.assetId() == null ? null : asset(draft.assetId()).orElse(null);
        if (draft.assetId() != null && asset == null) {
            violations.add(new Violation("assetId", "market.listing.assetMissing"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }

        Long pledgee = activePledgee(asset.getId()).orElse(null);
        var result = eligibility.check(asset.pledgeFacts(), user.organizationId(), draft.listingType(), pledgee, today());
        if (!result.eligible()) {
            throw new BusinessRuleException("market.listing.ineligible", result.problems().get(0), asset.getNumber());
        }
        requireNoExclusiveListing(asset, draft.listingType());

        Listing listing = listings.save(new Listing(new ListedAsset(asset.getId(), asset.getNumber(), asset.getTitle(),
                asset.getKind(), asset.getIpcSection()), user.organizationId(), draft, pledgee, result.consentNeeded(),
                user.username(), now));
        if (draft.priceMode() == PriceMode.AUCTION) {
            auctions.save(new Auction(listing.getId(), draft.auction(), false));
        }
        log.info("Listing {} of asset {} created by organization {}", listing.getId(), asset.getId(),
                user.organizationId());
        return listing;
    }

    /**
     * Opens the disposal sale of a defaulted pledge for the pledgee bank. The bank's consent as pledgee is recorded
     * with the listing, which goes straight to the operator's review. An auction opens for bids on approval.
     *
     * @throws InvalidInputException when a field is missing or out of range, or the price mode is negotiable
     * @throws BusinessRuleException when the borrower does not own the asset or the bank does not hold its pledge
     * @throws ConflictException when the asset already has an active listing
     */
    @Transactional
    public Listing openDisposalSale(DisposalSale sale, CurrentUser user) {
        requireRole(user, Role.BANK);
        if (sale.priceMode() == PriceMode.NEGOTIABLE) {
            throw InvalidInputException.of("priceMode", "market.disposal.priceModeInvalid");
        }
        IpAsset asset = sale.assetId() == null ? null : asset(sale.assetId()).orElse(null);
        if (asset != null && !Objects.equals(asset.getOwnerOrganizationId(), sale.borrowerOrganizationId())) {
            throw new BusinessRuleException("market.disposal.notBorrowers", "market.disposal.notBorrowers",
                    asset.getNumber());
        }
        Listing listing = create(draftOf(sale), user);
        listing.recordPledgeeConsent(user.username(), clock.instant());
        return listing;
    }

    /**
     * Returns the field errors that {@link #openDisposalSale} would reject, without creating anything, so that a
     * form can show them together with its own.
     */
    public List<Violation> disposalSaleViolations(DisposalSale sale, CurrentUser user) {
        List<Violation> found = violations(draftOf(sale), user, clock.instant());
        if (sale.priceMode() == PriceMode.NEGOTIABLE) {
            found.add(new Violation("priceMode", "market.disposal.priceModeInvalid"));
        }
        return found;
    }

    private static ListingDraft draftOf(DisposalSale sale) {
        return new ListingDraft(sale.assetId(), ListingType.DISPOSAL_SALE, sale.priceMode(), sale.askingPrice(),
                sale.industryCode(), sale.description(), sale.auction());
    }

    /** Returns a listing without checking who may see it, for a module that keeps its id. */
    @Transactional(readOnly = true)
    public Optional<Listing> find(Long id) {
        return listings.findById(id);
    }

    /** Records the pledgee bank's consent to the listing of a pledged asset; the listing then goes to review. */
    @Transactional
    public Listing consent(Long id, long version, CurrentUser user) {
        requireRole(user, Role.BANK);
        Listing listing = current(id, version);
        if (!user.organizationId().equals(listing.getPledgeeOrganizationId())) {
            throw notFound(id);
        }
        listing.recordConsent(user.username(), clock.instant());
        return listing;
    }

    /** Approves a listing after review: it becomes public, and its auction opens for bids. */
    @Transactional
    public Listing approve(Long id, long version, String note, CurrentUser user) {
        requireStaff(user);
        Listing listing = current(id, version);
        listing.approve(user.username(), note, clock.instant());
        auctions.findByListingIdOrderByIdDesc(id).stream().filter(a -> a.getStatus() == AuctionStatus.PENDING)
                .forEach(Auction::open);
        log.info("Listing {} approved by {}", id, user.username());
        return listing;
    }

    @Transactional
    public Listing reject(Long id, long version, String note, CurrentUser user) {
        requireStaff(user);
        if (note == null || note.isBlank()) {
            throw InvalidInputException.of("note", "market.review.noteMissing");
        }
        Listing listing = current(id, version);
        listing.reject(user.username(), note.trim(), clock.instant());
        auctions.findByListingIdOrderByIdDesc(id).forEach(Auction::cancel);
        return listing;
    }

    /** Withdraws a listing of the user's organisation; an auction with bids can no longer be withdrawn. */
    @Transactional
    public Listing withdraw(Long id, long version, CurrentUser user) {
        Listing listing = current(id, version);
        if (!user.organizationId().equals(listing.getListerOrganizationId())) {
            throw notFound(id);
        }
        auctions.findByListingIdOrderByIdDesc(id).stream()
                .filter(a -> a.getStatus() == AuctionStatus.PENDING || a.getStatus() == AuctionStatus.OPEN)
                .forEach(Auction::cancel);
        listing.withdraw(clock.instant());
        return listing;
    }

    @Transactional(readOnly = true)
    public Page<Listing> search(Search search, Pageable pageable) {
        String text = search.text() == null || search.text().isBlank() ? null
                : "%" + search.text().trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
        String industry = search.industryCode() == null || search.industryCode().isBlank() ? null : search.industryCode();
        return listings.search(search.kind(), industry, search.listingType(), search.priceMode(), text, pageable);
    }

    /** Returns a listing that the user may see: a public one, or the user's own, or as pledgee or staff. */
    @Transactional(readOnly = true)
    public Listing visible(Long id, CurrentUser user) {
        return listings.findById(id).filter(listing -> listing.getStatus().isPublic() || user != null
                && (user.isPlatformStaff() || listing.involves(user.organizationId())))
                .orElseThrow(() -> notFound(id));
    }

    @Transactional(readOnly = true)
    public List<Listing> ofOrganization(Long organizationId) {
        return listings.findByListerOrganizationIdOrderByCreatedAtDesc(organizationId);
    }

    @Transactional(readOnly = true)
    public List<Listing> awaitingConsentOf(Long pledgeeOrganizationId) {
        return listings.findByPledgeeOrganizationIdAndStatus(pledgeeOrganizationId, ListingStatus.AWAITING_CONSENT);
    }

    @Transactional(readOnly = true)
    public List<Listing> pendingReview() {
        return listings.findByStatusOrderByCreatedAtAsc(ListingStatus.PENDING_REVIEW);
    }

    /** Returns the assets the user's organisation may list: those it owns, or as a bank those pledged to it. */
    @Transactional(readOnly = true)
    public List<IpAsset> listableAssets(CurrentUser user) {
        if (user.hasRole(Role.BANK)) {
            return pledges.activePledgesHeldBy(user.organizationId()).stream()
                    .map(pledge -> asset(pledge.getAssetId())).flatMap(Optional::stream).toList();
        }
        return assets.ownedBy(user.organizationId(), 200);
    }

    /**
     * An asset of the listing form with the message key of the first reason it may not be listed now, or a null
     * key when it passes the listing checks.
     */
    public record AssetChoice(IpAsset asset, String problemKey) {

        public boolean eligible() {
            return problemKey == null;
        }
    }

    /**
     * Returns the assets the user's organisation could pick in the listing form, those that pass the listing
     * checks first and then the others with their reason. The checks are those of {@link #create} for the
     * organisation's default listing type: a disposal sale for a bank, a transfer otherwise. The licence types
     * have the same checks as a transfer. An asset with an active transfer, exclusive or sole licence listing
     * counts as already listed, but one with only non-exclusive licence listings may get another.
     */
    @Transactional(readOnly = true)
    public List<AssetChoice> listingChoices(CurrentUser user) {
        ListingType type = user.hasRole(Role.BANK) ? ListingType.DISPOSAL_SALE : ListingType.TRANSFER;
        LocalDate today = today();
        List<AssetChoice> eligible = new ArrayList<>();
        List<AssetChoice> blocked = new ArrayList<>();
        for (IpAsset asset : listableAssets(user)) {
            Long pledgee = activePledgee(asset.getId()).orElse(null);
            var result = eligibility.check(asset.pledgeFacts(), user.organizationId(), type, pledgee, today);
            String problem = result.eligible() ? null : result.problems().get(0);
            if (problem == null && listings.activeOfTypes(asset.getId(), SINGLE_DEAL_TYPES)) {
                problem = "market.listing.duplicate";
            }
            (problem == null ? eligible : blocked).add(new AssetChoice(asset, problem));
        }
        eligible.addAll(blocked);
        return eligible;
    }

    Listing get(Long id) {
        return listings.findById(id).orElseThrow(() -> notFound(id));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
    }

    private Optional<IpAsset> asset(Long id) {
        try {
            return Optional.of(assets.get(id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private Optional<Long> activePledgee(Long assetId) {
        return pledges.history(assetId).stream().filter(pledge -> pledge.getStatus() == IpPledge.Status.ACTIVE)
                .map(IpPledge::getPledgeeOrganizationId).findFirst();
    }

    private void requireNoExclusiveListing(IpAsset asset, ListingType type) {
        List<ListingType> conflicting = type.endsWithOneDeal() ? List.of(ListingType.values()) : SINGLE_DEAL_TYPES;
        if (listings.activeOfTypes(asset.getId(), conflicting)) {
            throw new ConflictException("market.listing.duplicate", "market.listing.duplicate", asset.getNumber());
        }
    }

    private static List<Violation> violations(ListingDraft draft, CurrentUser user, Instant now) {
        List<Violation> violations = new ArrayList<>();
        if (draft.assetId() == null) {
            violations.add(new Violation("assetId", "market.listing.assetMissing"));
        }
        if (draft.listingType() == null) {
            violations.add(new Violation("listingType", "market.listing.typeMissing"));
        } else if (user.hasRole(Role.BANK) != (draft.listingType() == ListingType.DISPOSAL_SALE)) {
            violations.add(new Violation("listingType", "market.listing.typeForRole"));
        }
        if (draft.priceMode() == null) {
            violations.add(new Violation("priceMode", "market.listing.priceModeMissing"));
        }
        if (draft.priceMode() == PriceMode.FIXED && (draft.askingPrice() == null || !draft.askingPrice().isPositive())) {
            violations.add(new Violation("askingPrice", "market.listing.askingPriceInvalid"));
        }
        if (draft.industryCode() != null && !draft.industryCode().isBlank() && Industry.of(draft.industryCode()).isEmpty()) {
            violations.add(new Violation("industryCode", "market.listing.industryInvalid"));
        }
        if (draft.description() == null || draft.description().isBlank() || draft.description().length() > 2000) {
            violations.add(new Violation("description", "market.listing.descriptionInvalid"));
        }
        if (draft.priceMode() == PriceMode.AUCTION) {
            AuctionTermsValidator.violations(draft.auction(), now, MAX_AUCTION_LENGTH, violations);
        }
        return violations;
    }

    private Listing current(Long id, long version) {
        Listing listing = get(id);
        if (listing.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Listing.class, id);
        }
        return listing;
    }

    static void requireRole(CurrentUser user, Role... roles) {
        if (!user.hasRole(roles)) {
            throw new AccessDeniedException("Role " + user.role() + " may not take this step");
        }
    }

    static void requireStaff(CurrentUser user) {
        if (!user.isPlatformStaff()) {
            throw new AccessDeniedException("Only platform staff may review listings");
        }
    }

    private static NotFoundException notFound(Long id) {
        return new NotFoundException("market.listing.not-found", "market.listing.notFound", id);
    }
}
