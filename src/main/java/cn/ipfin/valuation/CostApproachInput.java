package cn.ipfin.valuation;

import java.math.BigDecimal;

import cn.ipfin.core.money.Money;

/**
 * Inputs of a cost-approach valuation.
 *
 * @param replacementCost        cost in yuan of developing the same IP today (重置成本)
 * @param remainingLifeYears     years of economic life left, not beyond the remaining statutory term
 * @param elapsedLifeYears       years of economic life already used
 * @param functionalObsolescence loss of value from newer technology, as a fraction in [0, 1)
 * @param economicObsolescence   loss of value from outside conditions such as the market, in [0, 1)
 */
public record CostApproachInput(Money replacementCost, BigDecimal remainingLifeYears, BigDecimal elapsedLifeYears,
        BigDecimal functionalObsolescence, BigDecimal economicObsolescence) {
}
