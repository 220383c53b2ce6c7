package cn.ipfin.notification.web;

import cn.ipfin.identity.CurrentUser;
import cn.ipfin.notification.Notifications;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The notification centre: every signed-in user reads and clears their own notifications. */
@Controller
@PreAuthorize("isAuthenticated()")
class NotificationPageController {

    private final Notifications notifications;

    NotificationPageController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("notifications", notifications.recent(user.username(), Notifications.MAX_LIST));
        return "notification/list";
    }

    /** Marks the notification read and follows its link, or returns to the list when it has none. */
    @PostMapping("/notifications/{id}/open")
    String open(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        String link = notifications.markRead(id, user.username()).link();
        return "redirect:" + (link == null || !link.startsWith("/") || link.startsWith("//") ? "/notifications" : link);
    }

    @PostMapping("/notifications/read-all")
    String readAll(@AuthenticationPrincipal CurrentUser user) {
        notifications.markAllRead(user.username());
        return "redirect:/notifications";
    }
}
