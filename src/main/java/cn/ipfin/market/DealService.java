package cn.ipfin.market;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.NotFoundException;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.time.ClockConfiguration;
import cn.ipfin.identity.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tracks deals from agreement through the contract to the CNIPA registration of the transfer or licence.
 * Recording the contract publishes {@link DealClosed}. Either party of a deal may record each step.
 */
@Service
public class DealService {

    private static final Logger log = LoggerFactory.getLogger(DealService.class);

    private final Deals deals;
    private final Listings listings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DealService(Deals deals, Listings listings, ApplicationEventPublisher events, Clock clock) {
        this.deals = deals;
        this.listings = listings;
        this.events = events;
        this.clock = clock;
    }

    Deal agree(Negotiation negotiation, Money price, Instant now) {
        Deal deal = deals.save(Deal.negotiated(negotiation, price, now));
        log.info("Deal {} agreed in negotiation {} at {}", deal.getId(), negotiation.getId(), price);
        return deal;
    }

    Deal awardAuction(Auction auction, Long sellerOrganizationId, Money depositApplied, Instant now) {
        Deal auctioned = Deal.auctioned(auction, sellerOrganizationId, now);
        auctioned.applyDeposit(depositApplied);
        Deal deal = deals.save(auctioned);
        log.info("Deal {} awarded at auction {} for {} with deposit {} applied", deal.getId(), auction.getId(),
                auction.getCurrentPrice(), depositApplied);
        return deal;
    }

    /** Records the signed contract and publishes the deal as a comparable transaction. */
    @Transactional
    public Deal recordContract(Long id, long version, String number, LocalDate date, Money price, CurrentUser user) {
        Deal deal = current(id, version, user);
        if (number == null || number.isBlank() || number.length() > 64) {
            throw InvalidInputException.of("contractNumber", "market.deal.contractNumberInvalid");
        }
        if (date == null) {
            throw InvalidInputException.of("contractDate", "market.deal.contractDateMissing");
        }
        if (price == null || !price.isPositive()) {
            throw InvalidInputException.of("contractPrice", "market.deal.contractPriceInvalid");
        }
        deal.recordContract(number.trim(), date, price, clock.instant());
        Listing listing = listings.findById(deal.getListingId()).orElseThrow();
        events.publishEvent(new DealClosed(deal.getId(), listing.getId(), listing.getAssetId(), listing.getIpKind(),
                listing.getIpcSection(), listing.getIndustryCode(), price, date, listing.getListingType()));
        log.info("Deal {} contracted as {}", id, number.trim());
        return deal;
    }

    @Transactional
    public Deal recordTransferSubmission(Long id, long version, LocalDate on, CurrentUser user) {
        Deal deal = current(id, version, user);
        if (on == null) {
            throw InvalidInputException.of("submittedOn", "market.deal.dateMissing");
        }
        deal.recordTransferSubmission(on, clock.instant());
        return deal;
    }

    @Transactional
    public Deal recordRegistration(Long id, long version, String number, LocalDate on, CurrentUser user) {
        Deal deal = current(id, version, user);
        if (number == null || number.isBlank() || number.length() > 64) {
            throw InvalidInputException.of("registrationNumber", "market.deal.registrationNumberInvalid");
        }
        if (on == null) {
            throw InvalidInputException.of("registeredOn", "market.deal.dateMissing");
        }
        deal.recordRegistration(number.trim(), on, clock.instant());
        return deal;
    }

    @Transactional(readOnly = true)
    public Deal get(Long id, CurrentUser user) {
        return deals.findById(id).filter(deal -> user.isPlatformStaff() || deal.involves(user.organizationId()))
                .orElseThrow(() -> notFound(id));
    }

    @Transactional(readOnly = true)
    public List<Deal> involving(CurrentUser user) {
        return user.isPlatformStaff() ? deals.findAllByOrderByUpdatedAtDesc() : deals.involving(user.organizationId());
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
    }

    private Deal current(Long id, long version, CurrentUser user) {
        Deal deal = deals.findById(id).filter(found -> found.involves(user.organizationId()))
                .orElseThrow(() -> notFound(id));
        if (deal.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Deal.class, id);
        }
        return deal;
    }

    private static NotFoundException notFound(Long id) {
        return new NotFoundException("market.deal.not-found", "market.deal.notFound", id);
    }
}
