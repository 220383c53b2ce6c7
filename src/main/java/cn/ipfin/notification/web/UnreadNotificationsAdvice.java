package cn.ipfin.notification.web;

import cn.ipfin.identity.CurrentUser;
import cn.ipfin.notification.Notifications;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user's unread notification count into every page model, for the header badge. */
@ControllerAdvice(annotations = Controller.class)
class UnreadNotificationsAdvice {

    private final Notifications notifications;

    UnreadNotificationsAdvice(Notifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotifications")
    Long unreadNotifications(@AuthenticationPrincipal CurrentUser user) {
        return user == null ? null : notifications.unreadCount(user.username());
    }
}
