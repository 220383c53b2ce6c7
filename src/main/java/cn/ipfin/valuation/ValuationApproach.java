package cn.ipfin.valuation;

/** The approaches of monetary valuation (评估方法): income (收益法), market (市场法) and cost (成本法). */
public enum ValuationApproach {
    INCOME, MARKET, COST;

    public String messageKey() {
        return "valuation.approach." + name();
    }
}
