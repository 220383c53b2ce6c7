package cn.ipfin.ipasset;

import java.time.Instant;
import java.time.LocalDate;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One entry of an asset's legal-status history (法律状态变更记录). */
@Entity
@Table(name = "ip_legal_status_event")
public class LegalStatusEvent {

    // Ids come from the column's sequence in blocks of 50 (pooled-lo, see application.yml), so that an import
    // inserts its rows in JDBC batches. An identity column would force one round trip per row.
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ip_legal_status_event_id")
    @SequenceGenerator(name = "ip_legal_status_event_id", sequenceName = "ip_legal_status_event_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "asset_id")
    private IpAsset asset;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_status", nullable = false)
    private LegalStatus legalStatus;

    @Column(name = "status_text")
    private String statusText;

    @Column(name = "effective_date")
    private LocalDate effectiveDate;

    private String note;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_kind")
    private LegalStatusEventKind eventKind;

    protected LegalStatusEvent() {
    }

    LegalStatusEvent(IpAsset asset, LegalStatus legalStatus, String statusText, LocalDate effectiveDate,
            String recordedBy, Instant recordedAt) {
        this.asset = asset;
        this.legalStatus = legalStatus;
        this.statusText = statusText;
        this.effectiveDate = effectiveDate;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    LegalStatusEvent(IpAsset asset, LegalStatus legalStatus, LegalStatusEventKind eventKind, String statusText,
            LocalDate effectiveDate, String recordedBy, Instant recordedAt) {
        this(asset, legalStatus, statusText, effectiveDate, recordedBy, recordedAt);
        this.eventKind = eventKind;
    }

    /** Returns whether this entry records the given feed event, so that a second import of it adds nothing. */
    boolean records(LegalStatusEventKind kind, LocalDate date) {
        return kind == eventKind && java.util.Objects.equals(date, effectiveDate);
    }

    public LegalStatusEventKind getEventKind() {
        return eventKind;
    }

    public LegalStatus getLegalStatus() {
        return legalStatus;
    }

    public String getStatusText() {
        return statusText;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public String getNote() {
        return note;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
