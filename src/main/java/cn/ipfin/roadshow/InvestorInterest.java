package cn.ipfin.roadshow;

import java.math.BigDecimal;
import java.time.Instant;

import cn.ipfin.core.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Interest an investor expresses in a project (投资意向). It is private: only the project's enterprise and the
 * investor's own organisation read it.
 */
@Entity
@Table(name = "roadshow_interest")
public class InvestorInterest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;

    @Column(name = "investor_org_id", nullable = false, updatable = false)
    private Long investorOrganizationId;

    @Column(name = "investor_org_name", nullable = false, updatable = false)
    private String investorOrganizationName;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "intended_amount")
    private BigDecimal intendedAmount;

    @Column(nullable = false)
    private String message;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected InvestorInterest() {
    }

    InvestorInterest(Long projectId, Long investorOrganizationId, String investorOrganizationName, String username,
            Money intendedAmount, String message, Instant now) {
        this.projectId = projectId;
        this.investorOrganizationId = investorOrganizationId;
        this.investorOrganizationName = investorOrganizationName;
        this.username = username;
        this.intendedAmount = intendedAmount == null ? null : intendedAmount.amount();
        this.message = message;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public Long getInvestorOrganizationId() {
        return investorOrganizationId;
    }

    public String getInvestorOrganizationName() {
        return investorOrganizationName;
    }

    public String getUsername() {
        return username;
    }

    public Money getIntendedAmount() {
        return intendedAmount == null ? null : Money.of(intendedAmount);
    }

    public String getMessage() {
        return message;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
