package cn.ipfin.recovery;

import java.math.BigDecimal;

/**
 * Movement of the government risk-compensation pool (风险补偿资金池) over a period: contributions and payouts dated
 * in it and the number of payouts. The balance at its end is all contributions less all payouts up to that day,
 * and {@code payoutCountToDate} counts the payouts it includes.
 */
public record PoolMovement(BigDecimal contributions, BigDecimal payouts, long payoutCount, BigDecimal balance,
        long payoutCountToDate) {
}
