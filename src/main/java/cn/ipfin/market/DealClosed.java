package cn.ipfin.market;

import java.time.LocalDate;

import cn.ipfin.core.money.Money;
import cn.ipfin.ipasset.IpKind;

/**
 * Published when the contract of a market deal is recorded, so that the price becomes a comparable
 * transaction (可比交易) for the market approach of valuation.
 *
 * @param ipcSection   IPC section (A–H) of the main classification, null for non-patents or when unknown
 * @param industryCode GB/T 4754 section letter of the listing, null when the lister gave none
 * @param price        the contract price in yuan
 * @param contractDate the date the contract was signed
 * @param listingType  transfer, one of the three licence types, or disposal sale
 */
public record DealClosed(Long dealId, Long listingId, Long assetId, IpKind ipKind, String ipcSection,
        String industryCode, Money price, LocalDate contractDate, ListingType listingType) {
}
