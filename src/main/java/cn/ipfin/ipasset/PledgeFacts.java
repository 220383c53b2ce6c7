package cn.ipfin.ipasset;

import java.time.LocalDate;

/** The registry's facts about one asset that the pledge checks read. */
public record PledgeFacts(String number, IpKind kind, LegalStatus legalStatus, Long ownerOrganizationId,
        int ownerCount, LocalDate expiryDate, boolean pledged, AnnualFeeStatus annualFeeStatus, boolean frozen,
        boolean invalidationPending) {
}
