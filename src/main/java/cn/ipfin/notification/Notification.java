package cn.ipfin.notification;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One message to one user (站内信). */
@Entity
@Table(name = "notification")
class Notification {

    /** Separates the stored arguments; a unit separator never occurs in names, amounts or numbers. */
    static final String ARGUMENT_SEPARATOR = "\u001f";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String category;

    @Column(name = "message_key", nullable = false)
    private String messageKey;

    @Column(nullable = false)
    private String arguments;

    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(String recipient, String category, String messageKey, List<String> arguments, String link,
            Instant createdAt) {
        this.recipient = recipient;
        this.category = category;
        this.messageKey = messageKey;
        this.arguments = String.join(ARGUMENT_SEPARATOR, arguments);
        this.link = link;
        this.createdAt = createdAt;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    Long getId() { return id; }
    String getRecipient() { return recipient; }
    String getCategory() { return category; }
    String getMessageKey() { return messageKey; }
    List<String> getArguments() {
        return arguments.isEmpty() ? List.of() : List.of(arguments.split(ARGUMENT_SEPARATOR, -1));
    }
    String getLink() { return link; }
    Instant getCreatedAt() { return createdAt; }
    Instant getReadAt() { return readAt; }
}
