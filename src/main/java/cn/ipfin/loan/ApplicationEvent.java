package cn.ipfin.loan;

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

/** One recorded transition of an application: who did what, when, from which state to which, and why. */
@Entity
@Table(name = "loan_application_event")
public class ApplicationEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private LoanApplication application;

    @Column(nullable = false)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    private ApplicationState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false)
    private ApplicationState toState;

    @Column(nullable = false)
    private String actor;

    @Column(name = "actor_org_id", nullable = false)
    private Long actorOrganizationId;

    private String note;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected ApplicationEvent() {
    }

    ApplicationEvent(LoanApplication application, String action, ApplicationState fromState, ApplicationState toState,
            Actor actor, String note, Instant occurredAt) {
        this.application = application;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.actor = actor.username();
        this.actorOrganizationId = actor.organizationId();
        this.note = note;
        this.occurredAt = occurredAt;
    }

    public String getAction() {
        return action;
    }

    public ApplicationState getFromState() {
        return fromState;
    }

    public ApplicationState getToState() {
        return toState;
    }

    public String getActor() {
        return actor;
    }

    public String getNote() {
        return note;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
