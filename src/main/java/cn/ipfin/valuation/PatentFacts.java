package cn.ipfin.valuation;

import java.time.LocalDate;

import cn.ipfin.ipasset.LegalStatus;

/**
 * Registry data of one patent that some indicators of the patent value index are derived from.
 *
 * @param legalStatus current legal status
 * @param expiryDate  end of the statutory term, or {@code null} when the filing date is unknown
 * @param claimsCount number of claims, or {@code null} when unknown
 * @param familySize  number of members of the patent family, or {@code null} when unknown
 */
public record PatentFacts(LegalStatus legalStatus, LocalDate expiryDate, Integer claimsCount, Integer familySize) {

    /** Returns whether the right has ended, so that it protects nothing any more. */
    public boolean hasEnded() {
        return switch (legalStatus) {
            case LAPSED, INVALIDATED, EXPIRED, WITHDRAWN, REJECTED -> true;
            default -> false;
        };
    }
}
