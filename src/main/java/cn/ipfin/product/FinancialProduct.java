package cn.ipfin.product;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import cn.ipfin.core.error.ConflictException;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.reference.Industry;
import cn.ipfin.ipasset.IpKind;
import cn.ipfin.loan.RepaymentMethod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A financial product (金融产品) that one organisation publishes, with the structured terms of
 * {@link ProductTerms}. Only the owning organisation changes it. It moves from draft to published to withdrawn
 * and can be published again after a withdrawal.
 */
@Entity
@Table(name = "financial_product")
public class FinancialProduct {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private Long organizationId;

    @Column(name = "organization_name", nullable = false)
    private String organizationName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProductType type;

    @Column(nullable = false)
    private String name;

    private String description;

    @Column(name = "min_amount", nullable = false)
    private BigDecimal minAmount;

    @Column(name = "max_amount", nullable = false)
    private BigDecimal maxAmount;

    @Column(name = "min_term_months", nullable = false)
    private int minTermMonths;

    @Column(name = "max_term_months", nullable = false)
    private int maxTermMonths;

    @Column(name = "min_spread_bp", nullable = false)
    private int minSpreadBp;

    @Column(name = "max_spread_bp", nullable = false)
    private int maxSpreadBp;

    @Column(name = "guarantee_fee_rate")
    private BigDecimal guaranteeFeeRate;

    @Column(name = "valuation_fee")
    private BigDecimal valuationFee;

    @Column(name = "eligible_ip_kinds", nullable = false)
    private String eligibleIpKinds;

    @Column(name = "pledge_rate_caps", nullable = false)
    private String pledgeRateCaps;

    @Enumerated(EnumType.STRING)
    @Column(name = "min_credit_grade")
    private CreditGrade minCreditGrade;

    @Column(name = "min_years_in_business")
    private Integer minYearsInBusiness;

    @Column(nullable = false)
    private String industries;

    @Column(nullable = false)
    private String districts;

    @Column(name = "financing_model_code")
    private String financingModel;

    @Column(name = "repayment_methods", nullable = false)
    private String repaymentMethods;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProductStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    /** Days past due after which the lender may declare default; 90 unless the product says otherwise. */
    @Column(name = "default_after_days", nullable = false)
    private int defaultAfterDays = 90;

    @Version
    private long version;

    protected FinancialProduct() {
    }

    FinancialProduct(Long organizationId, String organizationName, ProductTerms terms, Instant now) {
        this.organizationId = organizationId;
        this.organizationName = organizationName;
        this.status = ProductStatus.DRAFT;
        this.createdAt = now;
        revise(terms, now);
    }

    /** Replaces every term; a published product stays published with the new terms. */
    void revise(ProductTerms terms, Instant now) {
        type = terms.type();
        name = terms.name().trim();
        description = terms.description() == null || terms.description().isBlank() ? null : terms.description().trim();
        minAmount = Money.of(terms.minAmount()).amount();
        maxAmount = Money.of(terms.maxAmount()).amount();
        minTermMonths = terms.minTermMonths();
        maxTermMonths = terms.maxTermMonths();
        minSpreadBp = terms.minSpreadBp();
        maxSpreadBp = terms.maxSpreadBp();
        guaranteeFeeRate = terms.guaranteeFeeRate();
        valuationFee = terms.valuationFee() == null ? null : Money.of(terms.valuationFee()).amount();
        eligibleIpKinds = CodeSets.join(terms.eligibleIpKinds());
        pledgeRateCaps = CodeSets.joinCaps(terms.pledgeRateCaps());
        minCreditGrade = terms.minCreditGrade();
        minYearsInBusiness = terms.minYearsInBusiness();
        industries = CodeSets.join(terms.industries());
        districts = CodeSets.join(terms.districts());
        financingModel = terms.financingModel();
        repaymentMethods = CodeSets.join(terms.repaymentMethods());
        updatedAt = now;
    }

    /** Puts a draft or withdrawn product into the public catalogue. */
    void publish(Instant now) {
        if (status == ProductStatus.PUBLISHED) {
            throw new ConflictException("product.state", "product.state.conflict", name, status);
        }
        status = ProductStatus.PUBLISHED;
        publishedAt = now;
        updatedAt = now;
    }

    /** Takes a published product out of the catalogue and the recommendations. */
    void withdraw(Instant now) {
        if (status != ProductStatus.PUBLISHED) {
            throw new ConflictException("product.state", "product.state.conflict", name, status);
        }
        status = ProductStatus.WITHDRAWN;
        updatedAt = now;
    }

    public boolean isPublished() {
        return status == ProductStatus.PUBLISHED;
    }

    /** Returns the current terms, for editing. */
    public ProductTerms terms() {
        return new ProductTerms(type, name, description, minAmount, maxAmount, minTermMonths, maxTermMonths,
                minSpreadBp, maxSpreadBp, guaranteeFeeRate, valuationFee, getEligibleIpKinds(), getPledgeRateCaps(),
                minCreditGrade, minYearsInBusiness, getIndustries(), getDistricts(), financingModel,
                getRepaymentMethods());
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

    public ProductType getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Money getMinAmount() {
        return Money.of(minAmount);
    }

    public Money getMaxAmount() {
        return Money.of(maxAmount);
    }

    public int getMinTermMonths() {
        return minTermMonths;
    }

    public int getMaxTermMonths() {
        return maxTermMonths;
    }

    public int getMinSpreadBp() {
        return minSpreadBp;
    }

    public int getMaxSpreadBp() {
        return maxSpreadBp;
    }

    public BigDecimal getGuaranteeFeeRate() {
        return guaranteeFeeRate;
    }

    public Money getValuationFee() {
        return valuationFee == null ? null : Money.of(valuationFee);
    }

    public Set<IpKind> getEligibleIpKinds() {
        return CodeSets.split(eligibleIpKinds, IpKind::valueOf);
    }

    public Map<IpKind, BigDecimal> getPledgeRateCaps() {
        return CodeSets.splitCaps(pledgeRateCaps);
    }

    public CreditGrade getMinCreditGrade() {
        return minCreditGrade;
    }

    public Integer getMinYearsInBusiness() {
        return minYearsInBusiness;
    }

    public Set<Industry> getIndustries() {
        return CodeSets.split(industries, Industry::valueOf);
    }

    public Set<String> getDistricts() {
        return CodeSets.split(districts, code -> code);
    }

    public int getDefaultAfterDays() {
        return defaultAfterDays;
    }

    public String getFinancingModel() {
        return financingModel;
    }

    public Set<RepaymentMethod> getRepaymentMethods() {
        return CodeSets.split(repaymentMethods, RepaymentMethod::valueOf);
    }

    public ProductStatus getStatus() {
        return status;
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
