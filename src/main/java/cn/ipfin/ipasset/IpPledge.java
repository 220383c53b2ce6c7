package cn.ipfin.ipasset;

import java.time.Instant;
import java.time.LocalDate;

import cn.ipfin.core.error.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A pledge of an IP right to a lender (知识产权质押), active from its registration until released. */
@Entity
@Table(name = "ip_pledge")
public class IpPledge {

    /** The state of a pledge. */
    public enum Status {
        ACTIVE, RELEASED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "asset_id", nullable = false)
    private Long assetId;

    @Column(name = "pledgor_org_id", nullable = false)
    private Long pledgorOrganizationId;

    @Column(name = "pledgee_org_id", nullable = false)
    private Long pledgeeOrganizationId;

    @Column(nullable = false)
    private String reference;

    @Column(name = "registration_number")
    private String registrationNumber;

    @Column(name = "registered_on")
    private LocalDate registeredOn;

    @Column(name = "released_on")
    private LocalDate releasedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected IpPledge() {
    }

    IpPledge(Long assetId, Long pledgorOrganizationId, Long pledgeeOrganizationId, String reference,
            String registrationNumber, LocalDate registeredOn, String recordedBy, Instant now) {
        this.assetId = assetId;
        this.pledgorOrganizationId = pledgorOrganizationId;
        this.pledgeeOrganizationId = pledgeeOrganizationId;
        this.reference = reference;
        this.registrationNumber = registrationNumber;
        this.registeredOn = registeredOn;
        this.status = Status.ACTIVE;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    void release(LocalDate on) {
        if (status != Status.ACTIVE) {
            throw new ConflictException("pledge.not-active", "pledge.notActive", id, status);
        }
        status = Status.RELEASED;
        releasedOn = on;
    }

    public Long getId() {
        return id;
    }

    public Long getAssetId() {
        return assetId;
    }

    public Long getPledgorOrganizationId() {
        return pledgorOrganizationId;
    }

    public Long getPledgeeOrganizationId() {
        return pledgeeOrganizationId;
    }

    public String getReference() {
        return reference;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public LocalDate getReleasedOn() {
        return releasedOn;
    }

    public Status getStatus() {
        return status;
    }
}
