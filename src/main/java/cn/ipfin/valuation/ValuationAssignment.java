package cn.ipfin.valuation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.ipfin.core.error.ConflictException;
import cn.ipfin.core.money.Money;

/**
 * A valuation assignment (评估委托): an enterprise or bank requests an evaluator organisation to value named IP
 * assets. Each transition is a verb that checks the current state, names it in the error and records an
 * {@link AssignmentEvent}.
 */
@Entity
@Table(name = "valuation_assignment")
public class ValuationAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "requester_organization_id", nullable = false)
    private Long requesterOrganizationId;

    @Column(name = "evaluator_organization_id", nullable = false)
    private Long evaluatorOrganizationId;

    @Column(nullable = false)
    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssignmentStatus status;

    private BigDecimal fee;

    @Column(name = "quote_note")
    private String quoteNote;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "preparer_user_id")
    private Long preparerUserId;

    @Column(name = "preparer_username")
    private String preparerUsername;

    @Column(name = "valuation_date")
    private LocalDate valuationDate;

    @Column(name = "weights_version")
    private Integer weightsVersion;

    @Column(name = "draft_input")
    private String draftInput;

    @Column(name = "asset_facts")
    private String assetFacts;

    @Column(name = "reconciled_value")
    private BigDecimal reconciledValue;

    private BigDecimal p10;
    private BigDecimal p50;
    private BigDecimal p90;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "valuation_assignment_asset", joinColumns = @JoinColumn(name = "assignment_id"))
    @OrderColumn(name = "position")
    @Column(name = "asset_id")
    private List<Long> assetIds = new ArrayList<>();

    @OneToMany(mappedBy = "assignment", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("occurredAt asc, id asc")
    private List<AssignmentEvent> events = new ArrayList<>();

    protected ValuationAssignment() {
    }

    ValuationAssignment(Long requesterOrganizationId, Long evaluatorOrganizationId, List<Long> assetIds,
            String purpose, Actor requester, Instant now) {
        this.requesterOrganizationId = requesterOrganizationId;
        this.evaluatorOrganizationId = evaluatorOrganizationId;
        this.assetIds = new ArrayList<>(assetIds);
        this.purpose = purpose;
        this.requestedBy = requester.username();
        this.status = AssignmentStatus.REQUESTED;
        this.createdAt = now;
        this.updatedAt = now;
        events.add(new AssignmentEvent(this, "REQUEST", null, status, requester, purpose, now));
    }

    void quote(Money quotedFee, String note, Actor evaluator, Instant now) {
        move("QUOTE", AssignmentStatus.QUOTED, evaluator, quotedFee + " " + (note == null ? "" : note), now,
                AssignmentStatus.REQUESTED);
        this.fee = quotedFee.amount();
        this.quoteNote = note;
    }

    void accept(Actor requester, Instant now) {
        move("ACCEPT", AssignmentStatus.ACCEPTED, requester, null, now, AssignmentStatus.QUOTED);
    }

    void decline(Actor requester, String reason, Instant now) {
        move("DECLINE", AssignmentStatus.DECLINED, requester, reason, now, AssignmentStatus.REQUESTED,
                AssignmentStatus.QUOTED);
    }

    void submitDraft(DraftRecord draft, Actor preparer, Instant now) {
        move("SUBMIT", AssignmentStatus.IN_REVIEW, preparer, draft.summary(), now, AssignmentStatus.ACCEPTED);
        this.preparerUserId = preparer.userId();
        this.preparerUsername = preparer.username();
        this.valuationDate = draft.valuationDate();
        this.weightsVersion = draft.weightsVersion();
        this.draftInput = draft.inputJson();
        this.assetFacts = draft.factsJson();
        this.reconciledValue = draft.reconciledValue().amount();
        this.p10 = draft.p10().amount();
        this.p50 = draft.p50().amount();
        this.p90 = draft.p90().amount();
    }

    void returnDraft(Actor reviewer, String reason, Instant now) {
        requireReviewerIsNotPreparer(reviewer);
        move("RETURN", AssignmentStatus.ACCEPTED, reviewer, reason, now, AssignmentStatus.IN_REVIEW);
    }

    void approve(Actor reviewer, String reportNumber, Instant now) {
        requireReviewerIsNotPreparer(reviewer);
        move("APPROVE", AssignmentStatus.SIGNED, reviewer, reportNumber, now, AssignmentStatus.IN_REVIEW);
    }

    private void requireReviewerIsNotPreparer(Actor reviewer) {
        if (reviewer.userId().equals(preparerUserId)) {
            throw new ConflictException("valuation-assignment.maker-checker", "valuation.assignment.makerChecker",
                    preparerUsername);
        }
    }

    private void move(String action, AssignmentStatus target, Actor actor, String detail, Instant now,
            AssignmentStatus... allowedFrom) {
        if (!List.of(allowedFrom).contains(status)) {
            throw new ConflictException("valuation-assignment.state", "valuation.assignment.illegalTransition",
                    id, status, action);
        }
        events.add(new AssignmentEvent(this, action, status, target, actor,
                detail == null ? null : detail.strip(), now));
        this.status = target;
        this.updatedAt = now;
    }

    /** Returns whether the organisation is the requester or the evaluator of this assignment. */
    public boolean involves(Long organizationId) {
        return requesterOrganizationId.equals(organizationId) || evaluatorOrganizationId.equals(organizationId);
    }

    public Long getId() {
        return id;
    }

    public Long getRequesterOrganizationId() {
        return requesterOrganizationId;
    }

    public Long getEvaluatorOrganizationId() {
        return evaluatorOrganizationId;
    }

    public String getPurpose() {
        return purpose;
    }

    public AssignmentStatus getStatus() {
        return status;
    }

    public Money getFee() {
        return fee == null ? null : Money.of(fee);
    }

    public String getQuoteNote() {
        return quoteNote;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public String getPreparerUsername() {
        return preparerUsername;
    }

    public LocalDate getValuationDate() {
        return valuationDate;
    }

    public Integer getWeightsVersion() {
        return weightsVersion;
    }

    public String getDraftInput() {
        return draftInput;
    }

    public String getAssetFacts() {
        return assetFacts;
    }

    public Money getReconciledValue() {
        return reconciledValue == null ? null : Money.of(reconciledValue);
    }

    public Money getP10() {
        return p10 == null ? null : Money.of(p10);
    }

    public Money getP50() {
        return p50 == null ? null : Money.of(p50);
    }

    public Money getP90() {
        return p90 == null ? null : Money.of(p90);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public List<Long> getAssetIds() {
        return List.copyOf(assetIds);
    }

    public List<AssignmentEvent> getEvents() {
        return List.copyOf(events);
    }
}
