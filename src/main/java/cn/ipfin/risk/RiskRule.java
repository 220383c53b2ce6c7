package cn.ipfin.risk;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The settings of one monitoring rule: whether it runs, the severity of its alerts and its threshold. */
@Entity
@Table(name = "risk_rule")
public class RiskRule {

    @Id
    @Enumerated(EnumType.STRING)
    private RuleCode code;

    private boolean enabled;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Severity severity;

    private BigDecimal threshold;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected RiskRule() {
    }

    void change(boolean enabled, Severity severity, BigDecimal threshold, String user, Instant now) {
        this.enabled = enabled;
        this.severity = severity;
        this.threshold = code.hasThreshold() ? threshold : null;
        this.updatedBy = user;
        this.updatedAt = now;
    }

    public RuleCode getCode() {
        return code;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Severity getSeverity() {
        return severity;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
