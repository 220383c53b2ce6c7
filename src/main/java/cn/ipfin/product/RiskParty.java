package cn.ipfin.product;

/** A party that bears a share of the loss on a defaulted loan (风险分担方). */
public enum RiskParty {
    /** A government risk-compensation or guarantee fund (政府风险补偿基金). */
    FUND,
    BANK,
    GUARANTOR,
    INSURER,
    /** The valuation agency (评估机构). */
    EVALUATOR;

    public String messageKey() {
        return "product.party." + name();
    }
}
