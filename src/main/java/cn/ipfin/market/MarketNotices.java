package cn.ipfin.market;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Sends the market's in-site notifications (站内信) to the organisations a market event concerns. */
@Component
class MarketNotices {

    private static final Logger log = LoggerFactory.getLogger(MarketNotices.class);

    void toOrganization(Long organizationId, String category, String messageKey, List<String> arguments, String link) {
        log.info("Notice {} to organization {} at {}", category, organizationId, link);
    }
}
