package cn.ipfin.valuation;

import java.math.BigDecimal;

/**
 * Royalty share rate K (分成率): the fraction of revenue attributed to the valued IP.
 */
public sealed interface RoyaltyRate permits RoyaltyRate.RevenueShare, RoyaltyRate.ProfitSplit {

    /** Returns K as a fraction of revenue, such as {@code 0.03}. */
    BigDecimal rate();

    /** Creates K given directly as a share of revenue (销售收入分成率). */
    static RoyaltyRate ofRevenue(BigDecimal rate) {
        return new RevenueShare(rate);
    }

    /** Creates K from a conventional profit split and the profit margin. */
    static RoyaltyRate ofProfitSplit(ProfitSplitRule rule, BigDecimal profitMargin) {
        return new ProfitSplit(rule.share(), profitMargin);
    }

    /** Creates K from a given share of profit and the profit margin. */
    static RoyaltyRate ofProfitSplit(BigDecimal profitShare, BigDecimal profitMargin) {
        return new ProfitSplit(profitShare, profitMargin);
    }

    /** K given directly as a fraction of revenue. */
    record RevenueShare(BigDecimal rate) implements RoyaltyRate {
    }

    /**
     * K derived from profit (利润分成率): K = profit share × profit margin, where the margin is profit / revenue.
     */
    record ProfitSplit(BigDecimal profitShare, BigDecimal profitMargin) implements RoyaltyRate {

        @Override
        public BigDecimal rate() {
            return profitShare.multiply(profitMargin);
        }
    }
}
