package cn.ipfin.valuation;

import java.math.BigDecimal;

/**
 * Conventional shares of profit attributed to technology when the royalty rate is derived from profit
 * (利润分成法).
 */
public enum ProfitSplitRule {

    /** Four-factor rule (四分法): capital, organisation, labour and technology each earn a quarter, so 25 %. */
    FOUR_FACTOR(new BigDecimal("0.25")),

    /** Three-factor rule (三分法): capital, labour and technology each earn a third, taken as 33 %. */
    THREE_FACTOR(new BigDecimal("0.33"));

    private final BigDecimal share;

    ProfitSplitRule(BigDecimal share) {
        this.share = share;
    }

    /** Returns the share of profit as a fraction, such as {@code 0.25}. */
    public BigDecimal share() {
        return share;
    }
}
