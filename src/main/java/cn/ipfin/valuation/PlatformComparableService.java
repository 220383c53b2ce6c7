package cn.ipfin.valuation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import cn.ipfin.ipasset.IpAsset;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.market.DealClosed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the deals closed on the platform's market and offers them to evaluators as comparables for the market
 * approach: deals of the same IP kind from the last five years, those in the valued asset's IPC section first,
 * then the most recent.
 */
@Service
public class PlatformComparableService {

    private static final Logger log = LoggerFactory.getLogger(PlatformComparableService.class);
    private static final int YEARS_BACK = 5;
    private static final int MAX_PER_ASSET = 10;

    private final PlatformDeals deals;
    private final ValuationAssignmentService assignments;
    private final IpAssetService assets;
    private final MessageSource messages;
    private final Clock clock;

    PlatformComparableService(PlatformDeals deals, ValuationAssignmentService assignments, IpAssetService assets,
            MessageSource messages, Clock clock) {
        this.deals = deals;
        this.assignments = assignments;
        this.assets = assets;
        this.messages = messages;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(DealClosed event) {
        record(event);
    }

    /** Stores the closed deal once, whatever the number of times the event is delivered. */
    @Transactional
    public void record(DealClosed event) {
        if (deals.existsById(event.dealId())) {
            return;
        }
        deals.save(new PlatformDeal(event.dealId(), event.listingId(), event.assetId(), event.ipKind(),
                event.ipcSection(), event.industryCode(), event.listingType().name(), event.price(),
                event.contractDate(), clock.instant()));
        log.info("Deal {} recorded as a comparable for the market approach", event.dealId());
    }

    /**
     * Returns the platform's comparable deals for each asset of an assignment. Only the assignment's evaluator
     * and platform staff see them, because deal prices are not published.
     */
    @Transactional(readOnly = true)
    public List<PlatformComparable> forAssignment(Long assignmentId, Actor viewer, boolean platformStaff) {
        ValuationAssignment assignment = assignments.get(assignmentId, viewer, platformStaff);
        if (!platformStaff && !(viewer.evaluator()
                && assignment.getEvaluatorOrganizationId().equals(viewer.organizationId()))) {
            throw new AccessDeniedException(
                    "Only the assignment's evaluator sees platform comparables");
        }
        LocalDate from = LocalDate.now(clock).minusYears(YEARS_BACK);
        List<PlatformComparable> comparables = new ArrayList<>();
        for (Long assetId : assignment.getAssetIds()) {
            IpAsset asset = assets.get(assetId);
            deals.findByIpKindAndContractDateGreaterThanEqualOrderByContractDateDesc(asset.getKind(), from).stream()
                    .filter(deal -> !deal.getAssetId().equals(assetId))
                    .map(deal -> comparable(deal, asset))
                    .sorted(Comparator.comparing(PlatformComparable::matchesIpcSection).reversed()
                            .thenComparing(PlatformComparable::contractDate, Comparator.reverseOrder()))
                    .limit(MAX_PER_ASSET)
                    .forEach(comparables::add);
        }
        return comparables;
    }

    private PlatformComparable comparable(PlatformDeal deal, IpAsset asset) {
        boolean sameSection = deal.getIpcSection() != null
                && Objects.equals(deal.getIpcSection(), asset.getIpcSection());
        return new PlatformComparable(deal.getDealId(), asset.getId(), deal.getContractDate(), deal.getListingType(),
                deal.getIpKind(), deal.getIpcSection(), deal.getIndustryCode(), deal.getPrice(), sameSection,
                suggestedLine(deal));
    }

    /**
     * Writes the comparables-field line: a description without commas, the price, then four factors of 1. The
     * description is Chinese whatever the page language, because it is copied into the Chinese report.
     */
    private String suggestedLine(PlatformDeal deal) {
        String type = messages.getMessage("market.listingType." + deal.getListingType(), null,
                deal.getListingType(), Locale.SIMPLIFIED_CHINESE);
        String description = "平台成交第" + deal.getDealId() + "号 " + deal.getContractDate() + " " + type
                + (deal.getIpcSection() == null ? "" : " IPC " + deal.getIpcSection());
        return description + ", " + deal.getPrice() + ", 1, 1, 1, 1";
    }
}
