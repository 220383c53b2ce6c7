package cn.ipfin.servicedesk;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A user's place on a training course, or a place on its waiting list while the course is full. A cancelled
 * registration keeps its row for a later registration.
 */
@Entity
@Table(name = "training_registration")
public class TrainingRegistration {

    static final String CONFIRMED = "CONFIRMED";
    static final String WAITING = "WAITING";
    static final String CANCELLED = "CANCELLED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id", nullable = false, updatable = false)
    private Long courseId;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "organization_id", nullable = false)
    private Long organizationId;

    @Column(nullable = false)
    private String status;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    protected TrainingRegistration() {
    }

    TrainingRegistration(Long courseId, String username, Long organizationId, boolean confirmed, Instant now) {
        this.courseId = courseId;
        this.username = username;
        this.organizationId = organizationId;
        this.status = confirmed ? CONFIRMED : WAITING;
        this.registeredAt = now;
    }

    /** Registers again after a cancellation; the waiting list counts from the new registration time. */
    void renew(boolean confirmed, Instant now) {
        status = confirmed ? CONFIRMED : WAITING;
        registeredAt = now;
    }

    /** Gives a waiting registrant the place that a cancellation freed. */
    void promote() {
        status = CONFIRMED;
    }

    void cancel() {
        status = CANCELLED;
    }

    public boolean isConfirmed() {
        return CONFIRMED.equals(status);
    }

    public boolean isWaiting() {
        return WAITING.equals(status);
    }

    boolean isActive() {
        return isConfirmed() || isWaiting();
    }

    public Long getId() {
        return id;
    }

    public Long getCourseId() {
        return courseId;
    }

    public String getUsername() {
        return username;
    }

    public String getStatus() {
        return status;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }
}
