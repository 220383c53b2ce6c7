package cn.ipfin.market;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes the auction lots whose end has passed. Each lot closes in its own transaction under a row lock and
 * closing checks the state again, so running the job on several instances at once closes each lot only once.
 */
@Component
@ConditionalOnProperty(name = "ipfin.market.auction-closing.enabled", havingValue = "true", matchIfMissing = true)
class AuctionClosingJob {

    private static final Logger log = LoggerFactory.getLogger(AuctionClosingJob.class);

    private final AuctionService auctions;

    AuctionClosingJob(AuctionService auctions) {
        this.auctions = auctions;
    }

    @Scheduled(fixedDelayString = "${ipfin.market.auction-closing.interval:PT30S}",
            initialDelayString = "${ipfin.market.auction-closing.interval:PT30S}")
    void closeDueAuctions() {
        for (Long id : auctions.dueAuctionIds()) {
            try {
                auctions.closeIfDue(id);
            } catch (RuntimeException e) {
                log.error("Closing auction {} failed", id, e);
            }
        }
    }
}
