package cn.ipfin.valuation;

import java.time.LocalDate;

import cn.ipfin.ipasset.IpKind;

/**
 * Snapshot of one valued asset as the registry showed it on the valuation date, kept with the draft so that
 * the signed report repeats exactly what the reviewer saw.
 */
public record AssetFacts(Long assetId, String number, String title, IpKind kind, LocalDate filingDate,
        PatentFacts facts) {
}
