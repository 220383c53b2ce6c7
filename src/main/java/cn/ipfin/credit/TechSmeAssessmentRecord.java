package cn.ipfin.credit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.ipfin.core.money.Money;

/** A saved tech-SME assessment (科技型中小企业评价记录): the inputs as the enterprise confirmed them and the result. */
@Entity
@Table(name = "tech_sme_assessment")
public class TechSmeAssessmentRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    private int employees;
    @Column(name = "tech_staff")
    private int techStaff;
    @Column(name = "sales_revenue", precision = 19, scale = 2)
    private BigDecimal salesRevenue;
    @Column(name = "total_cost_and_expense", precision = 19, scale = 2)
    private BigDecimal totalCostAndExpense;
    @Column(name = "rd_expense", precision = 19, scale = 2)
    private BigDecimal rdExpense;
    @Column(name = "total_assets", precision = 19, scale = 2)
    private BigDecimal totalAssets;
    @Column(name = "class_one_ip_count")
    private int classOneIpCount;
    @Column(name = "class_two_ip_count")
    private int classTwoIpCount;
    @Column(name = "direct_qualifications")
    private String directQualifications;
    @Column(name = "mainland_resident")
    private boolean mainlandResident;
    @Column(name = "permitted_industry")
    private boolean permittedIndustry;
    @Column(name = "no_serious_violations")
    private boolean noSeriousViolations;

    private boolean eligible;
    private boolean qualified;
    @Enumerated(EnumType.STRING)
    private QualificationRoute route;
    @Column(name = "total_score")
    private int totalScore;
    @Column(name = "tech_staff_score")
    private int techStaffScore;
    @Column(name = "rd_score")
    private int rdScore;
    @Column(name = "ip_score")
    private int ipScore;
    @Column(name = "assessed_by")
    private String assessedBy;
    @Column(name = "assessed_at")
    private Instant assessedAt;

    protected TechSmeAssessmentRecord() {
    }

    TechSmeAssessmentRecord(Long enterpriseId, TechSmeAssessmentInput input, TechSmeAssessment result,
            String assessedBy, Instant assessedAt) {
        this.enterpriseId = enterpriseId;
        this.employees = input.employees();
        this.techStaff = input.techStaff();
        this.salesRevenue = input.salesRevenue().amount();
        this.totalCostAndExpense = input.totalCostAndExpense().amount();
        this.rdExpense = input.rdExpense().amount();
        this.totalAssets = input.totalAssets().amount();
        this.classOneIpCount = input.classOneIpCount();
        this.classTwoIpCount = input.classTwoIpCount();
        this.directQualifications = input.directQualifications().stream().map(Enum::name)
                .collect(Collectors.joining(","));
        this.mainlandResident = input.mainlandResident();
        this.permittedIndustry = input.permittedIndustry();
        this.noSeriousViolations = input.noSeriousViolations();
        this.eligible = result.eligible();
        this.qualified = result.qualified();
        this.route = result.route();
        this.totalScore = result.totalScore();
        this.techStaffScore = result.techStaffScore();
        this.rdScore = result.rdScore();
        this.ipScore = result.ipScore();
        this.assessedBy = assessedBy;
        this.assessedAt = assessedAt;
    }

    /** Returns the inputs as saved, so the assessment can be recomputed and explained. */
    public TechSmeAssessmentInput input() {
        Set<DirectQualification> declared = directQualifications.isEmpty() ? Set.of()
                : Arrays.stream(directQualifications.split(",")).map(DirectQualification::valueOf)
                        .collect(Collectors.toSet());
        return new TechSmeAssessmentInput(employees, techStaff, Money.of(salesRevenue), Money.of(totalCostAndExpense),
                Money.of(rdExpense), Money.of(totalAssets), classOneIpCount, classTwoIpCount, declared,
                mainlandResident, permittedIndustry, noSeriousViolations);
    }

    public Long getId() {
        return id;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public boolean isEligible() {
        return eligible;
    }

    public boolean isQualified() {
        return qualified;
    }

    public QualificationRoute getRoute() {
        return route;
    }

    public int getTotalScore() {
        return totalScore;
    }

    public String getAssessedBy() {
        return assessedBy;
    }

    public Instant getAssessedAt() {
        return assessedAt;
    }
}
