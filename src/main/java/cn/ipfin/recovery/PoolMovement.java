package cn.ipfin.recovery;

import java.math.BigDecimal;

/**
 * Movement of the government risk-compensation pool (风险补偿资金池) over a period: contributions and payouts dated
 * in it, the number of payouts, and the balance at its end (all contributions less all payouts up to that day),
 * with the number of payouts that balance includes.
 */
public record PoolMovement(BigDecimal contributions, BigDecimal payouts, long payoutCount, BigDecimal balance,
        long payoutCountToDate) {
}
