package cn.ipfin.servicedesk;

import java.time.Instant;
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
 * A consultation (咨询服务) that an enterprise requests. The operator assigns it to an advisor, who is a law firm,
 * an evaluator or one of the platform's own staff, and the advisor works it and keeps notes.
 */
@Entity
@Table(name = "consultation")
public class Consultation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ConsultationType type;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private Long organizationId;

    @Column(name = "organization_name", nullable = false, updatable = false)
    private String organizationName;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(nullable = false, updatable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsultationStatus status;

    private String advisor;

    private String notes;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Consultation() {
    }

    Consultation(ConsultationType type, Long organizationId, String organizationName, String requestedBy,
            String description, Instant now) {
        this.type = type;
        this.organizationId = organizationId;
        this.organizationName = organizationName;
        this.requestedBy = requestedBy;
        this.description = description;
        this.status = ConsultationStatus.REQUESTED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void assign(String advisorUsername, Instant now) {
        require("assign", ConsultationStatus.REQUESTED, ConsultationStatus.ASSIGNED);
        advisor = advisorUsername;
        status = ConsultationStatus.ASSIGNED;
        updatedAt = now;
    }

    /**
     * Moves the consultation to {@code next} (null keeps the status) and replaces the advisor's notes when new
     * ones are given.
     */
    void progress(ConsultationStatus next, String newNotes, Instant now) {
        if (next != null && next != status) {
            switch (next) {
                case IN_PROGRESS -> require("start", ConsultationStatus.ASSIGNED);
                case COMPLETED -> require("complete", ConsultationStatus.ASSIGNED, ConsultationStatus.IN_PROGRESS);
                case CANCELLED -> require("cancel", ConsultationStatus.REQUESTED, ConsultationStatus.ASSIGNED,
                        ConsultationStatus.IN_PROGRESS);
                default -> require(next.name().toLowerCase(java.util.Locale.ROOT));
            }
            status = next;
        }
        if (newNotes != null) {
            notes = newNotes;
        }
        updatedAt = now;
    }

    private void require(String action, ConsultationStatus... allowed) {
        if (!Set.of(allowed).contains(status)) {
            throw new ConflictException("servicedesk.consultation.illegal-transition",
                    "servicedesk.consultation.illegalTransition", String.valueOf(id), status.name(), action);
        }
    }

    public Long getId() {
        return id;
    }

    public ConsultationType getType() {
        return type;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public String getOrganizationName() {
        return organizationName;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public String getDescription() {
        return description;
    }

    public ConsultationStatus getStatus() {
        return status;
    }

    public String getAdvisor() {
        return advisor;
    }

    public String getNotes() {
        return notes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
