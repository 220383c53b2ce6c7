package cn.ipfin.roadshow;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A user's registration (报名) for a roadshow event. Registering again after a cancellation reuses the row and
 * moves the user to the end of the queue.
 */
@Entity
@Table(name = "roadshow_registration")
public class EventRegistration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id", nullable = false, updatable = false)
    private Long eventId;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "organization_id", nullable = false)
    private Long organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RegistrationStatus status;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    protected EventRegistration() {
    }

    EventRegistration(Long eventId, String username, Long organizationId, RegistrationStatus status, Instant now) {
        this.eventId = eventId;
        this.username = username;
        this.organizationId = organizationId;
        this.status = status;
        this.registeredAt = now;
    }

    void renew(RegistrationStatus newStatus, Instant now) {
        status = newStatus;
        registeredAt = now;
    }

    void cancel() {
        status = RegistrationStatus.CANCELLED;
    }

    void confirm() {
        status = RegistrationStatus.CONFIRMED;
    }

    public Long getId() {
        return id;
    }

    public Long getEventId() {
        return eventId;
    }

    public String getUsername() {
        return username;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }
}
