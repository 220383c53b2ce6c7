package cn.ipfin.market;

import java.util.List;

import cn.ipfin.notification.Notifications;
import org.springframework.stereotype.Component;

/**
 * Sends the market's in-app notifications (站内信) to every user of the organisations a market event concerns,
 * inside the caller's transaction.
 */
@Component
class MarketNotices {

    private final Notifications notifications;

    MarketNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    void toOrganization(Long organizationId, String category, String messageKey, List<String> arguments, String link) {
        notifications.notifyOrganization(organizationId, category, messageKey, arguments, link);
    }
}
