package cn.ipfin.subsidy;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One recorded step of a subsidy claim: who did what, when, from which state to which, and why. */
@Entity
@Table(name = "subsidy_claim_event")
public class ClaimEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id")
    private SubsidyClaim claim;

    @Column(nullable = false)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    private ClaimState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false)
    private ClaimState toState;

    @Column(nullable = false)
    private String actor;

    @Column(name = "actor_org_id", nullable = false)
    private Long actorOrganizationId;

    private String note;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected ClaimEvent() {
    }

    ClaimEvent(SubsidyClaim claim, String action, ClaimState fromState, ClaimState toState, String actor,
            Long actorOrganizationId, String note, Instant occurredAt) {
        this.claim = claim;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.actor = actor;
        this.actorOrganizationId = actorOrganizationId;
        this.note = note;
        this.occurredAt = occurredAt;
    }

    public String getAction() { return action; }
    public ClaimState getFromState() { return fromState; }
    public ClaimState getToState() { return toState; }
    public String getActor() { return actor; }
    public Long getActorOrganizationId() { return actorOrganizationId; }
    public String getNote() { return note; }
    public Instant getOccurredAt() { return occurredAt; }
}
