package cn.ipfin.valuation;

import java.math.BigDecimal;

import cn.ipfin.core.money.Money;

/**
 * Result of a cost-approach valuation.
 *
 * @param value              replacement cost × (1 − obsolescence), rounded HALF_UP to the fen
 * @param remainingLifeRatio remaining life / (elapsed + remaining life), to 6 decimals
 * @param obsolescence       total obsolescence rate (贬值率), to 6 decimals
 */
public record CostApproachValuation(Money value, BigDecimal remainingLifeRatio, BigDecimal obsolescence) {
}
