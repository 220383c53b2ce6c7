package cn.ipfin.market;

import java.math.BigDecimal;

/**
 * Trading volume (交易量) of a period: the number of deals agreed and their amount in yuan, which is the contract
 * price once a contract is signed and the agreed price before.
 */
public record DealVolume(long deals, BigDecimal amount) {
}
