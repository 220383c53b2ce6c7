package cn.ipfin.valuation;

import java.time.LocalDate;

/**
 * Everything a signed valuation report states.
 *
 * @param number          report number, such as {@code PG20261204-000012}
 * @param contentHash     SHA-256 in hex of the canonical report content, as printed and verified
 * @param issuedOn        date of signing
 * @param validUntil      last day the report is valid (one year after signing, less one day)
 * @param requesterName   organisation that ordered the valuation
 * @param evaluatorName   evaluator organisation
 * @param preparer        user who prepared the draft
 * @param reviewer        user who reviewed and signed
 * @param purpose         purpose stated in the request
 * @param valuation       the valuation with all inputs and results
 * @param input           what the evaluator entered, with sources
 * @param weights         the patent value index weights of the version the valuation used
 */
public record ReportContent(String number, String contentHash, LocalDate issuedOn, LocalDate validUntil,
        String requesterName, String evaluatorName, String preparer, String reviewer, String purpose,
        DraftValuation valuation, DraftInput input, PatentValueWeights weights) {
}
