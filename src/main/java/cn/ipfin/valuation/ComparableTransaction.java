package cn.ipfin.valuation;

import java.math.BigDecimal;

import cn.ipfin.core.money.Money;

/**
 * One comparable transaction (可比交易案例) of the market approach, entered by the evaluator, with its
 * adjustment factors. A factor above 1 means the valued IP is worth more than the comparable in that respect.
 *
 * @param description          what was traded, when and where, as the evaluator's source
 * @param price                transaction price in yuan
 * @param timeFactor           adjustment for the time of the deal (交易时间修正)
 * @param technologyFactor     adjustment for the technology field (技术领域修正)
 * @param remainingLifeFactor  adjustment for the remaining life (剩余寿命修正)
 * @param rightsTypeFactor     adjustment for the rights type, such as transfer versus licence (权利类型修正)
 * @param weight               weight in the weighted mean, or {@code null} for the plain mean
 */
public record ComparableTransaction(String description, Money price, BigDecimal timeFactor,
        BigDecimal technologyFactor, BigDecimal remainingLifeFactor, BigDecimal rightsTypeFactor, BigDecimal weight) {

    /** Returns the product of the four adjustment factors. */
    public BigDecimal combinedFactor() {
        return timeFactor.multiply(technologyFactor).multiply(remainingLifeFactor).multiply(rightsTypeFactor);
    }
}
