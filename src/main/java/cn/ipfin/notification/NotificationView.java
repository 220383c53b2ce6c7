package cn.ipfin.notification;

import java.time.Instant;

/** A notification as its reader sees it, with the text already in the reader's language. */
public record NotificationView(Long id, String category, String text, String link, Instant createdAt,
        boolean read) {
}
