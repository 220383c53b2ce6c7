package cn.ipfin.servicedesk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import cn.ipfin.core.error.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A service ticket (服务工单) of the call centre. It moves new → assigned → in progress → resolved → closed. A
 * resolved or closed ticket can be reopened and goes back to its assignee. Each transition checks the current
 * status, and a transition from any other status is a conflict.
 */
@Entity
@Table(name = "service_ticket")
public class ServiceTicket {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private TicketChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private TicketCategory category;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false)
    private String description;

    @Column(nullable = false, updatable = false)
    private String requester;

    @Column(name = "requester_org_id", nullable = false, updatable = false)
    private Long requesterOrganizationId;

    private String contact;

    private String assignee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TicketStatus status;

    @Column(name = "created_on", nullable = false, updatable = false)
    private LocalDate createdOn;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Column(name = "resolved_on")
    private LocalDate resolvedOn;

    private Integer rating;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ServiceTicket() {
    }

    ServiceTicket(TicketRequest request, String requester, Long requesterOrganizationId, String createdBy,
            LocalDate createdOn, LocalDate dueOn, Instant now) {
        this.channel = request.channel();
        this.category = request.category();
        this.subject = request.subject().strip();
        this.description = request.description().strip();
        this.contact = request.contact() == null || request.contact().isBlank() ? null : request.contact().strip();
        this.requester = requester;
        this.requesterOrganizationId = requesterOrganizationId;
        this.createdBy = createdBy;
        this.status = TicketStatus.NEW;
        this.createdOn = createdOn;
        this.dueOn = dueOn;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void assign(String operator, Instant now) {
        require("assign", TicketStatus.NEW, TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS);
        assignee = operator;
        if (status == TicketStatus.NEW) {
            status = TicketStatus.ASSIGNED;
        }
        updatedAt = now;
    }

    void start(Instant now) {
        require("start", TicketStatus.ASSIGNED);
        status = TicketStatus.IN_PROGRESS;
        updatedAt = now;
    }

    void resolve(LocalDate today, Instant now) {
        require("resolve", TicketStatus.IN_PROGRESS);
        status = TicketStatus.RESOLVED;
        resolvedOn = today;
        updatedAt = now;
    }

    void close(Instant now) {
        require("close", TicketStatus.RESOLVED);
        status = TicketStatus.CLOSED;
        updatedAt = now;
    }

    void reopen(Instant now) {
        require("reopen", TicketStatus.RESOLVED, TicketStatus.CLOSED);
        status = assignee == null ? TicketStatus.NEW : TicketStatus.ASSIGNED;
        resolvedOn = null;
        rating = null;
        updatedAt = now;
    }

    void rate(int stars, Instant now) {
        require("rate", TicketStatus.RESOLVED, TicketStatus.CLOSED);
        if (rating != null) {
            throw new ConflictException("servicedesk.ticket.rated", "servicedesk.ticket.alreadyRated", String.valueOf(id));
        }
        rating = stars;
        updatedAt = now;
    }

    void touch(Instant now) {
        updatedAt = now;
    }

    private void require(String action, TicketStatus... allowed) {
        if (!Set.of(allowed).contains(status)) {
            throw new ConflictException("servicedesk.ticket.illegal-transition", "servicedesk.ticket.illegalTransition",
                    String.valueOf(id), status.name(), action);
        }
    }

    public boolean isSlaBreached(LocalDate today) {
        return TicketSla.isBreached(dueOn, resolvedOn, today);
    }

    public Long getId() {
        return id;
    }

    public TicketChannel getChannel() {
        return channel;
    }

    public TicketCategory getCategory() {
        return category;
    }

    public String getSubject() {
        return subject;
    }

    public String getDescription() {
        return description;
    }

    public String getRequester() {
        return requester;
    }

    public Long getRequesterOrganizationId() {
        return requesterOrganizationId;
    }

    public String getContact() {
        return contact;
    }

    public String getAssignee() {
        return assignee;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public LocalDate getCreatedOn() {
        return createdOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getResolvedOn() {
        return resolvedOn;
    }

    public Integer getRating() {
        return rating;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
