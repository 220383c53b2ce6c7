package cn.ipfin.roadshow;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.ipfin.core.error.ConflictException;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.reference.Industry;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A financing project (路演项目) that an enterprise presents to investors. The enterprise edits a draft or a
 * returned project and submits it; the operator publishes it or returns it with a reason.
 */
@Entity
@Table(name = "roadshow_project")
public class RoadshowProject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private Long organizationId;

    @Column(name = "organization_name", nullable = false)
    private String organizationName;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String summary;

    @Column(nullable = false)
    private String industry;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FundingStage stage;

    @Column(name = "amount_sought", nullable = false)
    private BigDecimal amountSought;

    @Enumerated(EnumType.STRING)
    @Column(name = "financing_method", nullable = false)
    private FinancingMethod method;

    @Column(name = "use_of_funds", nullable = false)
    private String useOfFunds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProjectStatus status;

    @Column(name = "review_note")
    private String reviewNote;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "business_plan_name")
    private String businessPlanName;

    @Column(name = "business_plan_file")
    private String businessPlanFile;

    @Column(name = "business_plan_size")
    private Long businessPlanSize;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "roadshow_project_ip", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "ip_asset_id")
    private Set<Long> ipAssetIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "roadshow_team_member", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    private List<TeamMember> team = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    private long version;

    protected RoadshowProject() {
    }

    RoadshowProject(Long organizationId, String organizationName, ProjectDetails details, Instant now) {
        this.organizationId = organizationId;
        this.organizationName = organizationName;
        this.status = ProjectStatus.DRAFT;
        this.createdAt = now;
        apply(details, now);
    }

    /** Replaces the details; only a draft or a returned project may change. */
    void revise(ProjectDetails details, Instant now) {
        requireEditable();
        apply(details, now);
    }

    private void apply(ProjectDetails details, Instant now) {
        title = details.title().strip();
        summary = details.summary().strip();
        industry = details.industry();
        stage = details.stage();
        amountSought = Money.of(details.amountSought()).amount();
        method = details.method();
        useOfFunds = details.useOfFunds().strip();
        ipAssetIds.clear();
        ipAssetIds.addAll(details.ipAssetIds());
        team.clear();
        details.team().forEach(member -> team.add(new TeamMember(member.name().strip(), member.title().strip(),
                member.background() == null || member.background().isBlank() ? null : member.background().strip())));
        updatedAt = now;
    }

    void attachBusinessPlan(String fileName, String storedName, long size, Instant now) {
        requireEditable();
        businessPlanName = fileName;
        businessPlanFile = storedName;
        businessPlanSize = size;
        updatedAt = now;
    }

    void submit(Instant now) {
        requireEditable();
        status = ProjectStatus.SUBMITTED;
        submittedAt = now;
        updatedAt = now;
    }

    void publish(String reviewer, Instant now) {
        requireStatus(ProjectStatus.SUBMITTED, "publish");
        status = ProjectStatus.PUBLISHED;
        reviewedBy = reviewer;
        reviewNote = null;
        publishedAt = now;
        updatedAt = now;
    }

    void returnForRevision(String reviewer, String reason, Instant now) {
        requireStatus(ProjectStatus.SUBMITTED, "return");
        status = ProjectStatus.RETURNED;
        reviewedBy = reviewer;
        reviewNote = reason;
        updatedAt = now;
    }

    private void requireEditable() {
        if (status != ProjectStatus.DRAFT && status != ProjectStatus.RETURNED) {
            throw new ConflictException("roadshow.project.not-editable", "roadshow.project.notEditable", String.valueOf(id),
                    status.name());
        }
    }

    private void requireStatus(ProjectStatus expected, String action) {
        if (status != expected) {
            throw new ConflictException("roadshow.project.wrong-status", "roadshow.project.wrongStatus", String.valueOf(id),
                    status.name(), action);
        }
    }

    public boolean isPublished() {
        return status == ProjectStatus.PUBLISHED;
    }

    public boolean isEditable() {
        return status == ProjectStatus.DRAFT || status == ProjectStatus.RETURNED;
    }

    public boolean isOwnedBy(Long organizationId) {
        return this.organizationId.equals(organizationId);
    }

    public Industry getIndustryCode() {
        return Industry.of(industry).orElseThrow();
    }

    public Long getId() {
        return id;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public String getOrganizationName() {
        return organizationName;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getIndustry() {
        return industry;
    }

    public FundingStage getStage() {
        return stage;
    }

    public Money getAmountSought() {
        return Money.of(amountSought);
    }

    public FinancingMethod getMethod() {
        return method;
    }

    public String getUseOfFunds() {
        return useOfFunds;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public String getBusinessPlanName() {
        return businessPlanName;
    }

    String getBusinessPlanFile() {
        return businessPlanFile;
    }

    public Long getBusinessPlanSize() {
        return businessPlanSize;
    }

    public boolean hasBusinessPlan() {
        return businessPlanFile != null;
    }

    public List<Long> getIpAssetIds() {
        return List.copyOf(ipAssetIds);
    }

    public List<TeamMember> getTeam() {
        return List.copyOf(team);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public long getVersion() {
        return version;
    }

    /** Returns the details as entered, for an edit form. */
    public ProjectDetails details() {
        return new ProjectDetails(title, summary, industry, stage, amountSought, method, useOfFunds,
                getIpAssetIds(), getTeam());
    }
}
