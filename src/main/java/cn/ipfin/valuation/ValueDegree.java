package cn.ipfin.valuation;

/**
 * The three degrees of the patent value index (专利价值度): legal (法律价值度 LVD), technical (技术价值度 TVD)
 * and economic (经济价值度 EVD).
 */
public enum ValueDegree {
    LEGAL, TECHNICAL, ECONOMIC;

    public String messageKey() {
        return "valuation.pvd.degree." + name();
    }
}
