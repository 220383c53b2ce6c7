package cn.ipfin.notification.api;

import java.util.List;
import java.util.Map;

import cn.ipfin.identity.CurrentUser;
import cn.ipfin.notification.NotificationView;
import cn.ipfin.notification.Notifications;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own notifications; nobody reads another user's. */
@RestController
@RequestMapping("/api/v1/notifications")
@PreAuthorize("isAuthenticated()")
class NotificationApiController {

    private final Notifications notifications;

    NotificationApiController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    List<NotificationView> list(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(defaultValue = "50") int limit) {
        return notifications.recent(user.username(), limit);
    }

    @GetMapping("/unread-count")
    Map<String, Long> unreadCount(@AuthenticationPrincipal CurrentUser user) {
        return Map.of("unread", notifications.unreadCount(user.username()));
    }

    @PostMapping("/{id}/read")
    NotificationView markRead(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return notifications.markRead(id, user.username());
    }

    @PostMapping("/read-all")
    Map<String, Integer> markAllRead(@AuthenticationPrincipal CurrentUser user) {
        return Map.of("marked", notifications.markAllRead(user.username()));
    }
}
