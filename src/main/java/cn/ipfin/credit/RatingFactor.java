package cn.ipfin.credit;

/**
 * Factors of the enterprise credit-rating scorecard (信用评级). Quantitative factors are ratios computed from the
 * financial statements; qualitative ones are answered by a bank or evaluator user from the model's choices.
 */
public enum RatingFactor {

    /** 资产负债率: total liabilities / total assets. */
    DEBT_RATIO(true),
    /** 流动比率: current assets / current liabilities. */
    CURRENT_RATIO(true),
    /** 营业收入增长率: (revenue − previous year's revenue) / previous year's revenue. */
    REVENUE_GROWTH(true),
    /** 销售净利率: net profit / operating revenue. */
    NET_MARGIN(true),
    /** 研发投入强度: R&amp;D expense / operating revenue. */
    RD_INTENSITY(true),
    /** 经营现金流负债比: operating cash flow / total liabilities. */
    OPERATING_CASH_TO_LIABILITIES(true),
    /** 管理水平. */
    MANAGEMENT(false),
    /** 知识产权质量. */
    IP_QUALITY(false),
    /** 产业政策契合度. */
    POLICY_FIT(false),
    /** 信用记录. */
    CREDIT_HISTORY(false);

    private final boolean quantitative;

    RatingFactor(boolean quantitative) {
        this.quantitative = quantitative;
    }

    public boolean isQuantitative() {
        return quantitative;
    }
}
