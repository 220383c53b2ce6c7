package cn.ipfin.content;

import java.math.BigDecimal;
import java.time.Instant;

import cn.ipfin.core.error.ConflictException;
import cn.ipfin.core.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A financing case (融资案例): how one enterprise got a loan against its IP, under which model and with what result. */
@Entity
@Table(name = "financing_case")
public class FinancingCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String enterprise;

    private String industry;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(name = "term_months", nullable = false)
    private int termMonths;

    @Column(name = "ip_description", nullable = false)
    private String ipDescription;

    @Column(name = "model_code", nullable = false)
    private String modelCode;

    @Column(nullable = false)
    private String lender;

    @Column(nullable = false)
    private String outcome;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FinancingCaseStatus status;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    private long version;

    protected FinancingCase() {
    }

    FinancingCase(FinancingCaseDetails details, String user, Instant now) {
        this.status = FinancingCaseStatus.DRAFT;
        this.createdBy = user;
        this.createdAt = now;
        revise(details, now);
    }

    /** Replaces the details; a published case stays published with them. */
    void revise(FinancingCaseDetails details, Instant now) {
        title = details.title().strip();
        enterprise = details.enterprise().strip();
        industry = details.industry() == null || details.industry().isBlank() ? null : details.industry().strip();
        amount = Money.of(details.amount()).amount();
        termMonths = details.termMonths();
        ipDescription = details.ipDescription().strip();
        modelCode = details.modelCode();
        lender = details.lender().strip();
        outcome = details.outcome().strip();
        updatedAt = now;
    }

    void publish(Instant now) {
        if (status == FinancingCaseStatus.PUBLISHED) {
            throw new ConflictException("financing-case.state", "content.case.state.conflict", title, status.name());
        }
        status = FinancingCaseStatus.PUBLISHED;
        publishedAt = now;
        updatedAt = now;
    }

    void withdraw(Instant now) {
        if (status != FinancingCaseStatus.PUBLISHED) {
            throw new ConflictException("financing-case.state", "content.case.state.conflict", title, status.name());
        }
        status = FinancingCaseStatus.WITHDRAWN;
        updatedAt = now;
    }

    public FinancingCaseDetails details() {
        return new FinancingCaseDetails(title, enterprise, industry, amount, termMonths, ipDescription, modelCode,
                lender, outcome);
    }

    public boolean isPublished() {
        return status == FinancingCaseStatus.PUBLISHED;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getEnterprise() {
        return enterprise;
    }

    public String getIndustry() {
        return industry;
    }

    public Money getAmount() {
        return Money.of(amount);
    }

    public int getTermMonths() {
        return termMonths;
    }

    public String getIpDescription() {
        return ipDescription;
    }

    public String getModelCode() {
        return modelCode;
    }

    public String getLender() {
        return lender;
    }

    public String getOutcome() {
        return outcome;
    }

    public FinancingCaseStatus getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public long getVersion() {
        return version;
    }
}
