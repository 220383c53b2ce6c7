package cn.ipfin.recovery;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import cn.ipfin.core.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A movement of the government risk-compensation pool (风险补偿资金池): a contribution in or a claim payout. */
@Entity
@Table(name = "risk_pool_entry")
public class PoolEntry {

    /** Money paid into the pool, or paid out of it for a claim. */
    public enum Kind {
        CONTRIBUTION, PAYOUT;

        public String messageKey() {
            return "recovery.pool.kind." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(name = "entry_date", nullable = false)
    private LocalDate entryDate;

    @Column(nullable = false)
    private String reference;

    @Column(name = "claim_id")
    private Long claimId;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected PoolEntry() {
    }

    PoolEntry(Kind kind, Money amount, LocalDate entryDate, String reference, Long claimId, String recordedBy,
            Instant recordedAt) {
        this.kind = kind;
        this.amount = amount.amount();
        this.entryDate = entryDate;
        this.reference = reference;
        this.claimId = claimId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() { return id; }
    public Kind getKind() { return kind; }
    public Money getAmount() { return Money.of(amount); }
    public LocalDate getEntryDate() { return entryDate; }
    public String getReference() { return reference; }
    public Long getClaimId() { return claimId; }
    public String getRecordedBy() { return recordedBy; }
}
