package cn.ipfin.risk;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An enterprise on the abnormal-operation list (经营异常名录) published by the market regulator. */
@Entity
@Table(name = "abnormal_operation_entry")
public class AbnormalOperationEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "credit_code", nullable = false)
    private String creditCode;

    @Column(nullable = false)
    private String name;

    @Column(name = "listed_on", nullable = false)
    private LocalDate listedOn;

    private String reason;

    @Column(name = "imported_by", nullable = false)
    private String importedBy;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected AbnormalOperationEntry() {
    }

    AbnormalOperationEntry(String creditCode, String name, LocalDate listedOn, String reason, String importedBy,
            Instant now) {
        this.creditCode = creditCode;
        this.name = name;
        this.listedOn = listedOn;
        this.reason = reason;
        this.importedBy = importedBy;
        this.importedAt = now;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getName() {
        return name;
    }

    public LocalDate getListedOn() {
        return listedOn;
    }

    public String getReason() {
        return reason;
    }
}
