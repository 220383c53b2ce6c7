package cn.ipfin.market;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import cn.ipfin.core.error.BusinessRuleException;
import cn.ipfin.core.error.ConflictException;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.NotFoundException;
import cn.ipfin.core.money.Money;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs negotiations on fixed-price and negotiable listings: inquiry, offers and counter-offers by either side,
 * and the acceptance that agrees a deal. Each step names the version it read, so a stale step gets 409.
 */
@Service
public class NegotiationService {

    private static final Logger log = LoggerFactory.getLogger(NegotiationService.class);
    private static final int MAX_TEXT = 2000;

    private final Negotiations negotiations;
    private final ListingService listings;
    private final DealService deals;
    private final MarketNotices notices;
    private final Clock clock;

    NegotiationService(Negotiations negotiations, ListingService listings, DealService deals, MarketNotices notices,
            Clock clock) {
        this.negotiations = negotiations;
        this.listings = listings;
        this.deals = deals;
        this.notices = notices;
        this.clock = clock;
    }

    /** Opens a negotiation with an inquiry about a published listing that is not sold at auction. */
    @Transactional
    public Negotiation inquire(Long listingId, String text, CurrentUser user) {
        ListingService.requireRole(user, Role.ENTERPRISE, Role.INVESTOR);
        requireText(text);
        Listing listing = listings.visible(listingId, user);
        if (listing.getStatus() != ListingStatus.PUBLISHED || listing.getPriceMode() == PriceMode.AUCTION) {
            throw new ConflictException("market.negotiation.notOpen", "market.negotiation.listingNotOpen", listingId);
        }
        if (listing.getListerOrganizationId().equals(user.organizationId())) {
            throw new BusinessRuleException("market.negotiation.ownListing", "market.negotiation.ownListing");
        }
        Negotiation negotiation = negotiations.save(new Negotiation(listingId, user.organizationId(),
                listing.getListerOrganizationId(), text.trim(), user.username(), clock.instant()));
        notices.toOrganization(listing.getListerOrganizationId(), "market.inquiry", "market.notice.inquiry",
                List.of(listing.getAssetTitle()), link(negotiation));
        log.info("Negotiation {} opened on listing {} by organization {}", negotiation.getId(), listingId,
                user.organizationId());
        return negotiation;
    }

    /** Records an offer, or a counter-offer when the other side's offer is pending. */
    @Transactional
    public Negotiation offer(Long id, long version, Money price, String text, CurrentUser user) {
        Negotiation negotiation = current(id, version, user);
        if (price == null || !price.isPositive()) {
            throw InvalidInputException.of("price", "market.negotiation.priceInvalid");
        }
        if (text != null && text.length() > MAX_TEXT) {
            throw InvalidInputException.of("text", "market.negotiation.textInvalid", MAX_TEXT);
        }
        Side side = negotiation.sideOf(user.organizationId());
        negotiation.offer(side, price, blankToNull(text), user.username(), clock.instant());
        notifyOtherSide(negotiation, side, "market.offer", "market.notice.offer", price.toString());
        return negotiation;
    }

    /** Accepts the other side's pending offer and creates the deal at that price. */
    @Transactional
    public Deal accept(Long id, long version, CurrentUser user) {
        Negotiation negotiation = current(id, version, user);
        Side side = negotiation.sideOf(user.organizationId());
        Instant now = clock.instant();
        Listing listing = listings.get(negotiation.getListingId());
        if (listing.getStatus() != ListingStatus.PUBLISHED) {
            throw new ConflictException("market.negotiation.notOpen", "market.negotiation.listingNotOpen",
                    listing.getId());
        }
        Money price = negotiation.accept(side, user.username(), now);
        listing.recordDeal(now);
        Deal deal = deals.agree(negotiation, price, now);
        notifyOtherSide(negotiation, side, "market.deal", "market.notice.agreed", price.toString());
        return deal;
    }

    @Transactional
    public Negotiation decline(Long id, long version, String text, CurrentUser user) {
        Negotiation negotiation = current(id, version, user);
        Side side = negotiation.sideOf(user.organizationId());
        negotiation.decline(side, blankToNull(text), user.username(), clock.instant());
        return negotiation;
    }

    @Transactional
    public Negotiation message(Long id, long version, String text, CurrentUser user) {
        Negotiation negotiation = current(id, version, user);
        requireText(text);
        negotiation.message(negotiation.sideOf(user.organizationId()), text.trim(), user.username(), clock.instant());
        return negotiation;
    }

    @Transactional(readOnly = true)
    public Negotiation get(Long id, CurrentUser user) {
        return negotiations.findById(id)
                .filter(negotiation -> user.isPlatformStaff() || negotiation.sideOf(user.organizationId()) != null)
                .orElseThrow(() -> notFound(id));
    }

    @Transactional(readOnly = true)
    public List<Negotiation> involving(Long organizationId) {
        return negotiations.involving(organizationId);
    }

    private void notifyOtherSide(Negotiation negotiation, Side side, String category, String key, String price) {
        Long other = side == Side.BUYER ? negotiation.getSellerOrganizationId() : negotiation.getBuyerOrganizationId();
        String title = listings.get(negotiation.getListingId()).getAssetTitle();
        notices.toOrganization(other, category, key, List.of(title, price), link(negotiation));
    }

    private Negotiation current(Long id, long version, CurrentUser user) {
        Negotiation negotiation = negotiations.findById(id)
                .filter(found -> found.sideOf(user.organizationId()) != null).orElseThrow(() -> notFound(id));
        if (negotiation.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Negotiation.class, id);
        }
        return negotiation;
    }

    private static void requireText(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            throw InvalidInputException.of("text", "market.negotiation.textInvalid", MAX_TEXT);
        }
    }

    private static String link(Negotiation negotiation) {
        return "/market/negotiations/" + negotiation.getId();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static NotFoundException notFound(Long id) {
        return new NotFoundException("market.negotiation.not-found", "market.negotiation.notFound", id);
    }
}
