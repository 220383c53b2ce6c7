package cn.ipfin.valuation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One recorded transition of a valuation assignment: who acted, when, from which state to which, and why. */
@Entity
@Table(name = "valuation_assignment_event")
public class AssignmentEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "assignment_id")
    private ValuationAssignment assignment;

    @Column(nullable = false)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private AssignmentStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private AssignmentStatus toStatus;

    @Column(name = "actor_username", nullable = false)
    private String actorUsername;

    @Column(name = "actor_organization_id", nullable = false)
    private Long actorOrganizationId;

    private String detail;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected AssignmentEvent() {
    }

    AssignmentEvent(ValuationAssignment assignment, String action, AssignmentStatus fromStatus,
            AssignmentStatus toStatus, Actor actor, String detail, Instant occurredAt) {
        this.assignment = assignment;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actorUsername = actor.username();
        this.actorOrganizationId = actor.organizationId();
        this.detail = detail;
        this.occurredAt = occurredAt;
    }

    public String getAction() {
        return action;
    }

    public AssignmentStatus getFromStatus() {
        return fromStatus;
    }

    public AssignmentStatus getToStatus() {
        return toStatus;
    }

    public String getActorUsername() {
        return actorUsername;
    }

    public Long getActorOrganizationId() {
        return actorOrganizationId;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
