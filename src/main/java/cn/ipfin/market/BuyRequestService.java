package cn.ipfin.market;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.InvalidInputException.Violation;
import cn.ipfin.core.error.NotFoundException;
import cn.ipfin.core.reference.Industry;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.identity.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps buy requests (求购) and matches them to published listings with {@link ListingMatchCalculator}. The
 * buyer gets the listings that match its request, and the lister gets the open requests that match its listing.
 */
@Service
public class BuyRequestService {

    private final BuyRequests requests;
    private final Listings listings;
    private final Auctions auctions;
    private final Clock clock;
    private final ListingMatchCalculator matcher = new ListingMatchCalculator();

    BuyRequestService(BuyRequests requests, Listings listings, Auctions auctions, Clock clock) {
        this.requests = requests;
        this.listings = listings;
        this.auctions = auctions;
        this.clock = clock;
    }

    /** A buy request matched to a listing, with its score and reasons. */
    public record RequestMatch(BuyRequest request, ListingMatchCalculator.Match match) {
    }

    /** A listing matched to a buy request, with its score and reasons. */
    public record ListingMatch(Listing listing, ListingMatchCalculator.Match match) {
    }

    @Transactional
    public BuyRequest create(BuyRequestDraft draft, CurrentUser user) {
        ListingService.requireRole(user, Role.ENTERPRISE, Role.INVESTOR);
        List<Violation> violations = new ArrayList<>();
        if (draft.keywords() == null || draft.keywords().isBlank() || draft.keywords().length() > 200) {
            violations.add(new Violation("keywords", "market.buyRequest.keywordsInvalid"));
        }
        if (draft.industryCode() != null && !draft.industryCode().isBlank() && Industry.of(draft.industryCode()).isEmpty()) {
            violations.add(new Violation("industryCode", "market.listing.industryInvalid"));
        }
        if (draft.budgetMin() != null && draft.budgetMin().isNegative()
                || draft.budgetMax() != null && !draft.budgetMax().isPositive()) {
            violations.add(new Violation("budgetMax", "market.buyRequest.budgetInvalid"));
        } else if (draft.budgetMin() != null && draft.budgetMax() != null
                && draft.budgetMin().compareTo(draft.budgetMax()) > 0) {
            violations.add(new Violation("budgetMax", "market.buyRequest.budgetOrder"));
        }
        if (draft.note() != null && draft.note().length() > 1000) {
            violations.add(new Violation("note", "market.buyRequest.noteTooLong"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        BuyRequestDraft clean = new BuyRequestDraft(draft.ipKind(), blankToNull(draft.industryCode()), draft.keywords(),
                draft.budgetMin(), draft.budgetMax(), blankToNull(draft.note()));
        return requests.save(new BuyRequest(user.organizationId(), clean, user.username(), clock.instant()));
    }

    @Transactional
    public BuyRequest close(Long id, long version, CurrentUser user) {
        BuyRequest request = own(id, user);
        if (request.getVersion() != version) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(BuyRequest.class, id);
        }
        request.close();
        return request;
    }

    @Transactional(readOnly = true)
    public List<BuyRequest> ofOrganization(Long organizationId) {
        return requests.findByOrganizationIdOrderByCreatedAtDesc(organizationId);
    }

    /** Returns the published listings that match one of the organisation's own requests, best first. */
    @Transactional(readOnly = true)
    public List<ListingMatch> matchesFor(Long id, CurrentUser user) {
        BuyRequest request = own(id, user);
        // NOTE: scores every published listing in memory; fine for a province's market, a search query is needed
        // before listings number in the hundreds of thousands.
        List<Listing> published = listings.findByStatus(ListingStatus.PUBLISHED).stream()
                .filter(listing -> !listing.getListerOrganizationId().equals(request.getOrganizationId())).toList();
        List<ListingMatchCalculator.Candidate> candidates = published.stream().map(this::candidate).toList();
        return matcher.match(request.criteria(), candidates).stream()
                .map(match -> new ListingMatch(published.stream()
                        .filter(listing -> listing.getId().equals(match.listingId())).findFirst().orElseThrow(), match))
                .toList();
    }

    /** Returns the open buy requests of other organisations that match a listing, best first. */
    @Transactional(readOnly = true)
    public List<RequestMatch> requestsMatching(Listing listing) {
        ListingMatchCalculator.Candidate candidate = candidate(listing);
        List<RequestMatch> matches = new ArrayList<>();
        for (BuyRequest request : requests.findByStatus(BuyRequest.Status.OPEN)) {
            if (!request.getOrganizationId().equals(listing.getListerOrganizationId())) {
                matcher.score(request.criteria(), candidate)
                        .filter(match -> match.score() >= ListingMatchCalculator.MINIMUM_SCORE)
                        .ifPresent(match -> matches.add(new RequestMatch(request, match)));
            }
        }
        matches.sort((a, b) -> Integer.compare(b.match().score(), a.match().score()));
        return matches;
    }

    private ListingMatchCalculator.Candidate candidate(Listing listing) {
        var price = switch (listing.getPriceMode()) {
            case FIXED -> listing.getAskingPrice();
            case NEGOTIABLE -> null;
            case AUCTION -> auctions.findByListingIdOrderByIdDesc(listing.getId()).stream().findFirst()
                    .map(Auction::getStartPrice).orElse(null);
        };
        return new ListingMatchCalculator.Candidate(listing.getId(), listing.getIpKind(), listing.getIndustryCode(),
                listing.getAssetTitle(), listing.getDescription(), price);
    }

    private BuyRequest own(Long id, CurrentUser user) {
        return requests.findById(id).filter(request -> request.getOrganizationId().equals(user.organizationId()))
                .orElseThrow(() -> new NotFoundException("market.buy-request.not-found", "market.buyRequest.notFound", id));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
