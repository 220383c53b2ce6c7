package cn.ipfin.content;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

import cn.ipfin.core.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * Cost assumptions of one financing model from a date on (融资成本测算参数), used when no published product of the
 * model gives the figure: the loan spread over the LPR, the guarantee fee and insurance premium rates a year, the
 * valuation fee, and the interest subsidy (share of interest, rate ceiling as a multiple of the 1-year LPR,
 * annual cap). Rates are decimal fractions.
 */
@Entity
@Table(name = "financing_cost_assumption")
public class FinancingCostAssumption {

    /** The model code and the first date the assumption applies. */
    @Embeddable
    public record Key(@Column(name = "model_code") String modelCode,
            @Column(name = "effective_from") LocalDate effectiveFrom) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(name = "spread_bp", nullable = false)
    private int spreadBp;

    @Column(name = "guarantee_fee_rate", nullable = false)
    private BigDecimal guaranteeFeeRate;

    @Column(name = "insurance_rate", nullable = false)
    private BigDecimal insuranceRate;

    @Column(name = "valuation_fee", nullable = false)
    private BigDecimal valuationFee;

    @Column(name = "subsidy_share", nullable = false)
    private BigDecimal subsidyShare;

    @Column(name = "subsidy_max_lpr_multiple")
    private BigDecimal subsidyMaxLprMultiple;

    @Column(name = "subsidy_annual_cap", nullable = false)
    private BigDecimal subsidyAnnualCap;

    protected FinancingCostAssumption() {
    }

    public String getModelCode() {
        return key.modelCode();
    }

    public LocalDate getEffectiveFrom() {
        return key.effectiveFrom();
    }

    public int getSpreadBp() {
        return spreadBp;
    }

    public BigDecimal getGuaranteeFeeRate() {
        return guaranteeFeeRate;
    }

    public BigDecimal getInsuranceRate() {
        return insuranceRate;
    }

    public Money getValuationFee() {
        return Money.of(valuationFee);
    }

    public BigDecimal getSubsidyShare() {
        return subsidyShare;
    }

    public BigDecimal getSubsidyMaxLprMultiple() {
        return subsidyMaxLprMultiple;
    }

    public Money getSubsidyAnnualCap() {
        return Money.of(subsidyAnnualCap);
    }
}
