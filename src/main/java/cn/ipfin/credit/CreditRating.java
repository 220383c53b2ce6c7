package cn.ipfin.credit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
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

/** A stored credit rating (信用评级) with its model version, every input and each factor's contribution. */
@Entity
@Table(name = "credit_rating")
public class CreditRating {

    /** One factor's input and points as stored. */
    @Embeddable
    public static class Factor {

        @Enumerated(EnumType.STRING)
        @Column(name = "factor", nullable = false)
        private RatingFactor factor;

        @Column(name = "ratio", precision = 12, scale = 4)
        private BigDecimal ratio;

        @Column(name = "answer")
        private String answer;

        @Column(name = "points", nullable = false)
        private int points;

        @Column(name = "maximum_points", nullable = false)
        private int maximumPoints;

        protected Factor() {
        }

        Factor(FactorContribution contribution) {
            this.factor = contribution.factor();
            this.ratio = contribution.ratio();
            this.answer = contribution.answer();
            this.points = contribution.points();
            this.maximumPoints = contribution.maximumPoints();
        }

        public FactorContribution toContribution() {
            return new FactorContribution(factor, ratio, answer, points, maximumPoints);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    @Column(name = "model_version", nullable = false)
    private int modelVersion;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Column(nullable = false)
    private int total;

    @Column(nullable = false)
    private String grade;

    @Column(name = "rated_by", nullable = false)
    private String ratedBy;

    @Column(name = "rater_organization_id", nullable = false)
    private Long raterOrganizationId;

    @Column(name = "rated_at", nullable = false)
    private Instant ratedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "credit_rating_factor", joinColumns = @JoinColumn(name = "rating_id"))
    @OrderColumn(name = "position")
    private List<Factor> factors = new ArrayList<>();

    protected CreditRating() {
    }

    CreditRating(Long enterpriseId, int fiscalYear, CreditRatingResult result, String ratedBy,
            Long raterOrganizationId, Instant ratedAt) {
        this.enterpriseId = enterpriseId;
        this.fiscalYear = fiscalYear;
        this.modelVersion = result.modelVersion();
        this.total = result.total();
        this.grade = result.grade();
        this.ratedBy = ratedBy;
        this.raterOrganizationId = raterOrganizationId;
        this.ratedAt = ratedAt;
        result.contributions().forEach(contribution -> factors.add(new Factor(contribution)));
    }

    public List<FactorContribution> contributions() {
        return factors.stream().map(Factor::toContribution).toList();
    }

    public Long getId() {
        return id;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public int getModelVersion() {
        return modelVersion;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public int getTotal() {
        return total;
    }

    public String getGrade() {
        return grade;
    }

    public String getRatedBy() {
        return ratedBy;
    }

    public Long getRaterOrganizationId() {
        return raterOrganizationId;
    }

    public Instant getRatedAt() {
        return ratedAt;
    }
}
