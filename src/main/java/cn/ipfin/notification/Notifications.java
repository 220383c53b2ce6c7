package cn.ipfin.notification;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import cn.ipfin.core.error.NotFoundException;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.identity.UserAccountService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends and reads in-app notifications. Other modules call the {@code notify} methods inside their own
 * transaction, so a notification exists exactly when the action that caused it was committed.
 */
@Service
public class Notifications {

    /** The most notifications one page or API call returns. */
    public static final int MAX_LIST = 200;

    private final NotificationRepository repository;
    private final UserAccountService accounts;
    private final MessageSource messages;
    private final Clock clock;

    Notifications(NotificationRepository repository, UserAccountService accounts, MessageSource messages,
            Clock clock) {
        this.repository = repository;
        this.accounts = accounts;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Sends a notification to one user.
     *
     * @param category a short code of what happened, such as {@code auction.outbid}
     * @param messageKey the message whose {@code {0}}, {@code {1}} … take the arguments
     * @param link the page the notification leads to, such as {@code /auctions/12}, or null
     */
    @Transactional
    public void notifyUser(String username, String category, String messageKey, List<String> args, String link) {
        repository.save(new Notification(username, category, messageKey, List.copyOf(args), link,
                clock.instant()));
    }

    /** Sends the same notification to every enabled user of an organisation. */
    @Transactional
    public void notifyOrganization(Long organizationId, String category, String messageKey, List<String> args,
            String link) {
        for (CurrentUser member : accounts.membersOf(organizationId)) {
            if (member.isEnabled()) {
                notifyUser(member.username(), category, messageKey, args, link);
            }
        }
    }

    @Transactional(readOnly = true)
    public long unreadCount(String username) {
        return repository.countByRecipientAndReadAtIsNull(username);
    }

    /** The user's newest notifications, newest first, rendered in the current request's language. */
    @Transactional(readOnly = true)
    public List<NotificationView> recent(String username, int limit) {
        Locale locale = LocaleContextHolder.getLocale();
        return repository.findByRecipientOrderByCreatedAtDescIdDesc(username,
                PageRequest.of(0, Math.max(1, Math.min(limit, MAX_LIST)))).stream()
                .map(notification -> view(notification, locale)).toList();
    }

    /** Marks one of the user's notifications read; another user's notification is not found. */
    @Transactional
    public NotificationView markRead(Long id, String username) {
        Notification notification = repository.findByIdAndRecipient(id, username)
                .orElseThrow(() -> new NotFoundException("notification.not-found", "notification.notFound", id));
        notification.markRead(clock.instant());
        return view(notification, LocaleContextHolder.getLocale());
    }

    @Transactional
    public int markAllRead(String username) {
        return repository.markAllRead(username, clock.instant());
    }

    private NotificationView view(Notification notification, Locale locale) {
        String text = messages.getMessage(notification.getMessageKey(), notification.getArguments().toArray(),
                notification.getMessageKey(), locale);
        return new NotificationView(notification.getId(), notification.getCategory(), text,
                notification.getLink(), notification.getCreatedAt(), notification.getReadAt() != null);
    }
}
