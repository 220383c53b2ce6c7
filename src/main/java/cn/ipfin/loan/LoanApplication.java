package cn.ipfin.loan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.ipfin.core.error.ConflictException;
import cn.ipfin.core.money.Money;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.persistence.CascadeType;

/**
 * An application for an IP pledge loan (知识产权质押融资申请). Each step is a verb that checks the current state
 * and records who took it, so an illegal step fails with the state in its message.
 */
@Entity
@Table(name = "loan_application")
public class LoanApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "applicant_org_id", nullable = false)
    private Long applicantOrganizationId;

    @Column(name = "lender_org_id", nullable = false)
    private Long lenderOrganizationId;

    @Column(name = "product_id")
    private Long productId;

    @Column(name = "guarantor_org_id")
    private Long guarantorOrganizationId;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(name = "term_months", nullable = false)
    private int termMonths;

    @Column(name = "annual_rate", nullable = false)
    private BigDecimal annualRate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RepaymentMethod method;

    @Column(nullable = false)
    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationState state;

    @Column(name = "conservative_value")
    private BigDecimal conservativeValue;

    @Column(name = "valuation_reference")
    private String valuationReference;

    @Column(name = "pledge_rate_cap")
    private BigDecimal pledgeRateCap;

    @Column(name = "approved_amount")
    private BigDecimal approvedAmount;

    @Column(name = "approved_rate")
    private BigDecimal approvedRate;

    @Column(name = "prepared_by")
    private String preparedBy;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "registration_number")
    private String registrationNumber;

    @Column(name = "registered_on")
    private LocalDate registeredOn;

    @Column(name = "disbursed_on")
    private LocalDate disbursedOn;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    @Column(name = "review_due_on")
    private LocalDate reviewDueOn;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "loan_application_asset", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "asset_id")
    private Set<Long> assetIds = new LinkedHashSet<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("occurredAt asc, id asc")
    private List<ApplicationEvent> events = new ArrayList<>();

    protected LoanApplication() {
    }

    LoanApplication(ApplicationDraft draft, Actor applicant, LocalDate today, LocalDate reviewDueOn, Instant now) {
        this.applicantOrganizationId = applicant.organizationId();
        this.lenderOrganizationId = draft.lenderOrganizationId();
        this.productId = draft.productId();
        this.guarantorOrganizationId = draft.guarantorOrganizationId();
        this.amount = draft.amount().amount();
        this.termMonths = draft.termMonths();
        this.annualRate = draft.annualRate();
        this.method = draft.method();
        this.purpose = draft.purpose();
        this.assetIds.addAll(draft.assetIds());
        this.state = ApplicationState.SUBMITTED;
        this.submittedOn = today;
        this.reviewDueOn = reviewDueOn;
        this.createdBy = applicant.username();
        this.createdAt = now;
        this.updatedAt = now;
        events.add(new ApplicationEvent(this, "submit", null, state, applicant, null, now));
    }

    void recordChecks(boolean blocked, Actor actor, String summary, Instant now) {
        move("checks", blocked ? ApplicationState.CHECKS_FAILED : ApplicationState.CHECKED, actor, summary, now,
                ApplicationState.SUBMITTED);
    }

    void recordValuation(Money value, BigDecimal cap, String reference, Actor actor, Instant now) {
        move("valuation", ApplicationState.VALUED, actor, reference, now, ApplicationState.CHECKED);
        this.conservativeValue = value.amount();
        this.pledgeRateCap = cap;
        this.valuationReference = reference;
    }

    void decideGuarantee(boolean accepted, Actor actor, String note, Instant now) {
        move(accepted ? "guarantee-accept" : "guarantee-decline",
                accepted ? ApplicationState.GUARANTEED : ApplicationState.DECLINED, actor, note, now,
                ApplicationState.VALUED);
    }

    void prepareApproval(Money approved, BigDecimal rate, Actor maker, String note, Instant now) {
        ApplicationState ready = guarantorOrganizationId == null ? ApplicationState.VALUED : ApplicationState.GUARANTEED;
        move("prepare", ApplicationState.PREPARED, maker, note, now, ready);
        this.approvedAmount = approved.amount();
        this.approvedRate = rate;
        this.preparedBy = maker.username();
    }

    void approve(Actor checker, String note, Instant now) {
        if (checker.username().equals(preparedBy)) {
            throw new ConflictException("loan.maker-checker", "loan.makerChecker", preparedBy);
        }
        move("approve", ApplicationState.APPROVED, checker, note, now, ApplicationState.PREPARED);
        this.approvedBy = checker.username();
    }

    void reject(Actor actor, String reason, Instant now) {
        move("reject", ApplicationState.REJECTED, actor, reason, now, ApplicationState.SUBMITTED,
                ApplicationState.CHECKED, ApplicationState.VALUED, ApplicationState.GUARANTEED, ApplicationState.PREPARED);
    }

    void withdraw(Actor actor, String reason, Instant now) {
        move("withdraw", ApplicationState.WITHDRAWN, actor, reason, now, ApplicationState.SUBMITTED,
                ApplicationState.CHECKS_FAILED, ApplicationState.CHECKED, ApplicationState.VALUED,
                ApplicationState.GUARANTEED, ApplicationState.PREPARED);
    }

    void registerPledge(String number, LocalDate on, Actor actor, Instant now) {
        move("register", ApplicationState.REGISTERED, actor, number, now, ApplicationState.APPROVED);
        this.registrationNumber = number;
        this.registeredOn = on;
    }

    void disburse(LocalDate on, Actor actor, Instant now) {
        move("disburse", ApplicationState.DISBURSED, actor, on.toString(), now, ApplicationState.REGISTERED);
        this.disbursedOn = on;
    }

    /** Closes a loan whose principal, interest and penalty interest have all been repaid (结清). */
    void settle(LocalDate on, Actor actor, Instant now) {
        move("settle", ApplicationState.SETTLED, actor, on.toString(), now, ApplicationState.DISBURSED);
    }

    private void move(String action, ApplicationState target, Actor actor, String note, Instant now,
            ApplicationState... allowedFrom) {
        if (!List.of(allowedFrom).contains(state)) {
            throw new ConflictException("loan.transition.illegal", "loan.transition.illegal", action, state);
        }
        events.add(new ApplicationEvent(this, action, state, target, actor, note, now));
        this.state = target;
        this.updatedAt = now;
    }

    /** Returns whether the bank's first review is overdue on the given day. */
    public boolean isReviewOverdue(LocalDate today) {
        return state.awaitsReview() && reviewDueOn != null && today.isAfter(reviewDueOn);
    }

    /** Returns whether the organisation takes part in this application and may see it. */
    public boolean involves(Long organizationId) {
        return organizationId.equals(applicantOrganizationId) || organizationId.equals(lenderOrganizationId)
                || organizationId.equals(guarantorOrganizationId);
    }

    public Long getId() { return id; }
    public Long getApplicantOrganizationId() { return applicantOrganizationId; }
    public Long getLenderOrganizationId() { return lenderOrganizationId; }
    public Long getProductId() { return productId; }
    public Long getGuarantorOrganizationId() { return guarantorOrganizationId; }
    public Money getAmount() { return Money.of(amount); }
    public int getTermMonths() { return termMonths; }
    public BigDecimal getAnnualRate() { return annualRate; }
    public RepaymentMethod getMethod() { return method; }
    public String getPurpose() { return purpose; }
    public ApplicationState getState() { return state; }
    public Money getConservativeValue() { return conservativeValue == null ? null : Money.of(conservativeValue); }
    public String getValuationReference() { return valuationReference; }
    public BigDecimal getPledgeRateCap() { return pledgeRateCap; }
    public Money getApprovedAmount() { return approvedAmount == null ? null : Money.of(approvedAmount); }
    public BigDecimal getApprovedRate() { return approvedRate; }
    public String getPreparedBy() { return preparedBy; }
    public String getApprovedBy() { return approvedBy; }
    public String getRegistrationNumber() { return registrationNumber; }
    public LocalDate getRegisteredOn() { return registeredOn; }
    public LocalDate getDisbursedOn() { return disbursedOn; }
    public LocalDate getSubmittedOn() { return submittedOn; }
    public LocalDate getReviewDueOn() { return reviewDueOn; }
    public String getCreatedBy() { return createdBy; }
    public long getVersion() { return version; }
    public Set<Long> getAssetIds() { return Set.copyOf(assetIds); }
    public List<ApplicationEvent> getEvents() { return List.copyOf(events); }
}
