package cn.ipfin.valuation;

import java.time.LocalDate;

import cn.ipfin.core.money.Money;
import cn.ipfin.ipasset.IpKind;

/**
 * A deal closed on the platform's market offered to the evaluator as a comparable transaction (可比交易案例),
 * with the line that the draft form's comparables field reads. The suggested factors are all 1: the evaluator
 * adjusts them for time, technology, remaining life and rights type before using the deal.
 *
 * @param matchesIpcSection whether the deal's IPC section is the valued asset's
 */
public record PlatformComparable(Long dealId, Long valuedAssetId, LocalDate contractDate, String listingType,
        IpKind ipKind, String ipcSection, String industryCode, Money price, boolean matchesIpcSection,
        String suggestedLine) {
}
