package cn.ipfin.risk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.ipfin.core.error.ConflictException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A risk alert (风险预警) raised by a monitoring rule about one subject, routed to the organisations concerned.
 * Its lifecycle is open, acknowledged, resolved; each step and every comment is kept with who and when.
 */
@Entity
@Table(name = "risk_alert")
public class Alert {

    /** Separates message arguments in one column. */
    private static final String SEPARATOR = "\u001F";

    /** The kind of a comment: a plain note or the step it came with. */
    public enum CommentAction {
        COMMENT, ACKNOWLEDGE, RESOLVE
    }

    /** A comment on an alert. */
    @Embeddable
    public record Comment(@Column(name = "author") String author,
            @Column(name = "organization_id") Long organizationId,
            @Enumerated(EnumType.STRING) @Column(name = "action") CommentAction action,
            @Column(name = "body") String body,
            @Column(name = "created_at") Instant createdAt) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_code", nullable = false)
    private RuleCode rule;

    @Column(name = "subject_key", nullable = false)
    private String subjectKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AlertState state;

    @Column(name = "message_key", nullable = false)
    private String messageKey;

    @Column(name = "message_arguments")
    private String messageArguments;

    @Column(name = "asset_id")
    private Long assetId;

    @Column(name = "loan_id")
    private Long loanId;

    @Column(name = "enterprise_id")
    private Long enterpriseId;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    private String acknowledgedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by")
    private String resolvedBy;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "risk_alert_recipient", joinColumns = @JoinColumn(name = "alert_id"))
    @Column(name = "organization_id")
    private Set<Long> recipients = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "risk_alert_comment", joinColumns = @JoinColumn(name = "alert_id"))
    @OrderColumn(name = "position")
    private List<Comment> comments = new ArrayList<>();

    protected Alert() {
    }

    Alert(AlertDraft draft, Severity severity, Instant now) {
        this.rule = draft.rule();
        this.subjectKey = draft.subjectKey();
        this.severity = severity;
        this.state = AlertState.OPEN;
        this.messageKey = draft.messageKey();
        this.messageArguments = String.join(SEPARATOR, draft.messageArguments());
        this.assetId = draft.assetId();
        this.loanId = draft.loanId();
        this.enterpriseId = draft.enterpriseId();
        this.recipients.addAll(draft.recipients());
        this.raisedAt = now;
    }

    /** Returns whether an organisation is one of the recipients. */
    public boolean isRoutedTo(Long organizationId) {
        return recipients.contains(organizationId);
    }

    void addRecipients(Set<Long> organizationIds) {
        recipients.addAll(organizationIds);
    }

    void acknowledge(String user, Long organizationId, String comment, Instant now) {
        if (state != AlertState.OPEN) {
            throw new ConflictException("risk.alert.not-open", "risk.alert.notOpen", id, state);
        }
        state = AlertState.ACKNOWLEDGED;
        acknowledgedAt = now;
        acknowledgedBy = user;
        comments.add(new Comment(user, organizationId, CommentAction.ACKNOWLEDGE, comment, now));
    }

    void resolve(String user, Long organizationId, String comment, Instant now) {
        if (state == AlertState.RESOLVED) {
            throw new ConflictException("risk.alert.resolved", "risk.alert.alreadyResolved", id);
        }
        state = AlertState.RESOLVED;
        resolvedAt = now;
        resolvedBy = user;
        comments.add(new Comment(user, organizationId, CommentAction.RESOLVE, comment, now));
    }

    void comment(String user, Long organizationId, String text, Instant now) {
        comments.add(new Comment(user, organizationId, CommentAction.COMMENT, text, now));
    }

    public Long getId() {
        return id;
    }

    public RuleCode getRule() {
        return rule;
    }

    public String getSubjectKey() {
        return subjectKey;
    }

    public Severity getSeverity() {
        return severity;
    }

    public AlertState getState() {
        return state;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getMessageArguments() {
        return messageArguments == null || messageArguments.isEmpty() ? new Object[0]
                : messageArguments.split(SEPARATOR, -1);
    }

    public Long getAssetId() {
        return assetId;
    }

    public Long getLoanId() {
        return loanId;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public long getVersion() {
        return version;
    }

    public Set<Long> getRecipients() {
        return Set.copyOf(recipients);
    }

    public List<Comment> getComments() {
        return List.copyOf(comments);
    }
}
