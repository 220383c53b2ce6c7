package cn.ipfin.recovery;

import java.time.Instant;

import cn.ipfin.product.RiskParty;
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

/** One recorded step of a default case: who did what, for which party, when and why. */
@Entity
@Table(name = "recovery_event")
public class RecoveryEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private DefaultCase defaultCase;

    @Column(nullable = false)
    private String action;

    @Enumerated(EnumType.STRING)
    private RiskParty party;

    @Column(nullable = false)
    private String actor;

    @Column(name = "actor_org_id")
    private Long actorOrganizationId;

    private String note;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected RecoveryEvent() {
    }

    RecoveryEvent(DefaultCase defaultCase, String action, RiskParty party, String actor, Long actorOrganizationId,
            String note, Instant occurredAt) {
        this.defaultCase = defaultCase;
        this.action = action;
        this.party = party;
        this.actor = actor;
        this.actorOrganizationId = actorOrganizationId;
        this.note = note;
        this.occurredAt = occurredAt;
    }

    public String getAction() { return action; }
    public RiskParty getParty() { return party; }
    public String getActor() { return actor; }
    public String getNote() { return note; }
    public Instant getOccurredAt() { return occurredAt; }

    public String messageKey() {
        return "recovery.action." + action;
    }
}
