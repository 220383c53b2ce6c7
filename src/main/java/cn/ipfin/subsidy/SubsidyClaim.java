package cn.ipfin.subsidy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.ipfin.core.error.BusinessRuleException;
import cn.ipfin.core.error.ConflictException;
import cn.ipfin.core.money.Money;
import cn.ipfin.identity.CurrentUser;
import jakarta.persistence.CascadeType;
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

/**
 * An enterprise's claim for an interest subsidy (贴息申请) on one of its pledge loans for a period. It keeps the
 * policy version, LPR and interest paid it was computed with. Government users handle it with maker-checker:
 * one reviews and recommends (经办), a different user of the same organisation approves (复核), then the payout
 * is recorded. Each step checks the current state and is recorded with who, when and why.
 */
@Entity
@Table(name = "subsidy_claim")
public class SubsidyClaim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "loan_id", nullable = false)
    private Long loanId;

    @Column(name = "enterprise_org_id", nullable = false)
    private Long enterpriseOrganizationId;

    @Column(name = "lender_org_id", nullable = false)
    private Long lenderOrganizationId;

    @Column(name = "policy_id", nullable = false)
    private Long policyId;

    @Column(name = "policy_code", nullable = false)
    private String policyCode;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Column(name = "loan_amount", nullable = false)
    private BigDecimal loanAmount;

    @Column(name = "loan_rate", nullable = false)
    private BigDecimal loanRate;

    @Column(nullable = false)
    private BigDecimal lpr;

    @Column(name = "interest_paid", nullable = false)
    private BigDecimal interestPaid;

    @Column(nullable = false)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClaimState state;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewer_org_id")
    private Long reviewerOrganizationId;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "payout_reference")
    private String payoutReference;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "subsidy_claim_year", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderBy("year asc")
    private Set<ClaimYear> years = new LinkedHashSet<>();

    @OneToMany(mappedBy = "claim", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("occurredAt asc, id asc")
    private List<ClaimEvent> events = new ArrayList<>();

    protected SubsidyClaim() {
    }

    SubsidyClaim(ClaimBasis basis, CurrentUser enterprise, Instant now) {
        this.loanId = basis.loan().id();
        this.enterpriseOrganizationId = basis.loan().applicantOrganizationId();
        this.lenderOrganizationId = basis.loan().lenderOrganizationId();
        this.policyId = basis.policy().getId();
        this.policyCode = basis.policy().getCode();
        this.periodFrom = basis.periodFrom();
        this.periodTo = basis.periodTo();
        this.loanAmount = basis.loan().amount().amount();
        this.loanRate = basis.loan().annualRate();
        this.state = ClaimState.SUBMITTED;
        this.submittedAt = now;
        this.createdBy = enterprise.username();
        takeAmount(basis);
        record("submit", null, enterprise, null, now);
    }

    /** Recommends the claim for approval (经办). */
    void recommend(CurrentUser reviewer, String note, Instant now) {
        move("recommend", ClaimState.RECOMMENDED, reviewer, note, now, ClaimState.SUBMITTED);
        this.reviewedBy = reviewer.username();
        this.reviewerOrganizationId = reviewer.organizationId();
    }

    /** Returns the claim to the enterprise with a reason, for correction and resubmission. */
    void returnToEnterprise(CurrentUser reviewer, String reason, Instant now) {
        move("return", ClaimState.RETURNED, reviewer, reason, now, ClaimState.SUBMITTED);
    }

    /** Submits a returned claim again, recomputed on the current interest paid and claims of the year. */
    void resubmit(ClaimBasis basis, CurrentUser enterprise, String note, Instant now) {
        move("resubmit", ClaimState.SUBMITTED, enterprise, note, now, ClaimState.RETURNED);
        this.policyId = basis.policy().getId();
        takeAmount(basis);
        this.reviewedBy = null;
        this.reviewerOrganizationId = null;
        this.submittedAt = now;
    }

    void withdraw(CurrentUser enterprise, String reason, Instant now) {
        move("withdraw", ClaimState.WITHDRAWN, enterprise, reason, now, ClaimState.SUBMITTED, ClaimState.RETURNED);
    }

    /** Approves the recommended claim (复核); the checker must not be the reviewer but of the same organisation. */
    void approve(CurrentUser checker, String note, Instant now) {
        requireChecker(checker);
        move("approve", ClaimState.APPROVED, checker, note, now, ClaimState.RECOMMENDED);
        this.decidedBy = checker.username();
    }

    void reject(CurrentUser checker, String reason, Instant now) {
        requireChecker(checker);
        move("reject", ClaimState.REJECTED, checker, reason, now, ClaimState.RECOMMENDED);
        this.decidedBy = checker.username();
    }

    void recordPayout(CurrentUser payer, LocalDate on, String reference, Instant now) {
        if (!payer.organizationId().equals(reviewerOrganizationId)) {
            throw new BusinessRuleException("subsidy.claim.other-organization", "subsidy.claim.otherOrganization");
        }
        move("payout", ClaimState.PAID, payer, reference + " " + on, now, ClaimState.APPROVED);
        this.paidOn = on;
        this.payoutReference = reference;
    }

    private void requireChecker(CurrentUser checker) {
        if (state != ClaimState.RECOMMENDED) {
            return;
        }
        if (checker.username().equals(reviewedBy)) {
            throw new BusinessRuleException("subsidy.claim.maker-checker", "subsidy.claim.makerChecker", reviewedBy);
        }
        if (!checker.organizationId().equals(reviewerOrganizationId)) {
            throw new BusinessRuleException("subsidy.claim.other-organization", "subsidy.claim.otherOrganization");
        }
    }

    private void takeAmount(ClaimBasis basis) {
        this.lpr = basis.lpr();
        this.interestPaid = basis.interestPaid().amount();
        this.amount = basis.assessment().total().amount();
        this.years.clear();
        basis.assessment().years().forEach(year -> years.add(new ClaimYear(year)));
    }

    private void move(String action, ClaimState target, CurrentUser actor, String note, Instant now,
            ClaimState... allowedFrom) {
        if (!List.of(allowedFrom).contains(state)) {
            throw new ConflictException("subsidy.claim.transition-illegal", "subsidy.claim.transitionIllegal",
                    action, state);
        }
        record(action, target, actor, note, now);
    }

    private void record(String action, ClaimState target, CurrentUser actor, String note, Instant now) {
        ClaimState to = target == null ? state : target;
        events.add(new ClaimEvent(this, action, target == null ? null : state, to, actor.username(),
                actor.organizationId(), note, now));
        this.state = to;
        this.updatedAt = now;
    }

    /** Returns whether the claim's period shares at least one day with the given period. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !periodFrom.isAfter(to) && !periodTo.isBefore(from);
    }

    public Long getId() { return id; }
    public Long getLoanId() { return loanId; }
    public Long getEnterpriseOrganizationId() { return enterpriseOrganizationId; }
    public Long getLenderOrganizationId() { return lenderOrganizationId; }
    public Long getPolicyId() { return policyId; }
    public String getPolicyCode() { return policyCode; }
    public LocalDate getPeriodFrom() { return periodFrom; }
    public LocalDate getPeriodTo() { return periodTo; }
    public Money getLoanAmount() { return Money.of(loanAmount); }
    public BigDecimal getLoanRate() { return loanRate.stripTrailingZeros(); }
    public BigDecimal getLpr() { return lpr.stripTrailingZeros(); }
    public Money getInterestPaid() { return Money.of(interestPaid); }
    public Money getAmount() { return Money.of(amount); }
    public ClaimState getState() { return state; }
    public String getReviewedBy() { return reviewedBy; }
    public Long getReviewerOrganizationId() { return reviewerOrganizationId; }
    public String getDecidedBy() { return decidedBy; }
    public LocalDate getPaidOn() { return paidOn; }
    public String getPayoutReference() { return payoutReference; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
    public List<ClaimYear> getYears() { return List.copyOf(years); }
    public List<ClaimEvent> getEvents() { return List.copyOf(events); }
}
