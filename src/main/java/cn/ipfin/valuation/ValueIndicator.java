package cn.ipfin.valuation;

/**
 * One indicator of the patent value index (专利价值度指标), scored from 0 to 10. Every score is oriented so that
 * 10 is the most valuable: a patent that depends little on complementary technology, or that is hard to
 * substitute, scores high on those indicators.
 */
public enum ValueIndicator {
    /** 稳定性: how likely the patent survives an invalidation request; 0 when lapsed or invalidated. */
    STABILITY(ValueDegree.LEGAL),
    /** 不可规避性: how hard a competitor can design around the claims. */
    NON_AVOIDABILITY(ValueDegree.LEGAL),
    /** 依赖性: how far other patents depend on this one rather than the reverse. */
    DEPENDENCY(ValueDegree.LEGAL),
    /** 侵权可判定性: how easily infringement can be detected and proven. */
    INFRINGEMENT_DETECTABILITY(ValueDegree.LEGAL),
    /** 有效期: remaining statutory term, derived from the filing date, the kind and the business date. */
    REMAINING_TERM(ValueDegree.LEGAL),
    /** 多国申请: filings abroad, derived from the patent family size. */
    MULTI_COUNTRY_FILING(ValueDegree.LEGAL),
    /** 许可状态: freedom from licences that limit the owner's use. */
    LICENCE_STATUS(ValueDegree.LEGAL),
    /** 先进性: how advanced the technology is against the state of the art. */
    ADVANCEMENT(ValueDegree.TECHNICAL),
    /** 行业发展趋势: whether the technology follows the industry's direction. */
    INDUSTRY_TREND(ValueDegree.TECHNICAL),
    /** 适用范围: breadth of application, derived from the claims count when it is known. */
    SCOPE_OF_APPLICATION(ValueDegree.TECHNICAL),
    /** 配套技术依存度: independence from complementary technology (10 = needs none). */
    COMPLEMENTARY_DEPENDENCE(ValueDegree.TECHNICAL),
    /** 可替代性: how hard the technology is to substitute (10 = no substitute). */
    SUBSTITUTABILITY(ValueDegree.TECHNICAL),
    /** 成熟度: readiness for industrial use. */
    MATURITY(ValueDegree.TECHNICAL),
    /** 市场应用情况: current use in products on the market. */
    MARKET_APPLICATION(ValueDegree.ECONOMIC),
    /** 市场规模前景: outlook of the market size. */
    MARKET_SIZE_OUTLOOK(ValueDegree.ECONOMIC),
    /** 市场占有率: market share of the products using the patent. */
    MARKET_SHARE(ValueDegree.ECONOMIC),
    /** 竞争情况: competitive position (10 = little competition). */
    COMPETITION(ValueDegree.ECONOMIC),
    /** 政策适应性: fit with industrial policy. */
    POLICY_FIT(ValueDegree.ECONOMIC);

    private final ValueDegree degree;

    ValueIndicator(ValueDegree degree) {
        this.degree = degree;
    }

    public ValueDegree degree() {
        return degree;
    }

    public String messageKey() {
        return "valuation.pvd.indicator." + name();
    }
}
