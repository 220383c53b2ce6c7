package cn.ipfin.valuation;

/** Risk premiums (风险报酬率) added to the risk-free rate to build a discount rate. */
public enum RiskPremium {

    /** Technology risk (技术风险): the technology may fail, be superseded or be designed around. */
    TECHNOLOGY,

    /** Market risk (市场风险): demand, prices and competition may fall short of the forecast. */
    MARKET,

    /** Funding risk (资金风险): money to commercialise the technology may not be raised in time. */
    FUNDING,

    /** Management risk (管理风险): the owner may not run production and sales well. */
    MANAGEMENT
}
