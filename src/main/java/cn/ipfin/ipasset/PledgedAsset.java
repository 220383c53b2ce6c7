package cn.ipfin.ipasset;

import java.time.LocalDate;

/**
 * An active pledge with the facts of its asset that annual-fee monitoring needs: the number, kind, legal
 * status, filing and grant dates and the owner.
 */
public record PledgedAsset(Long pledgeId, Long assetId, Long pledgorOrganizationId, Long pledgeeOrganizationId,
        String number, IpKind kind, LegalStatus legalStatus, LocalDate filingDate, LocalDate grantDate,
        Long ownerOrganizationId) {

    /** Returns the statutory expiry date of a patent, as {@link IpAsset#getExpiryDate()} does. */
    public LocalDate expiryDate() {
        return StatutoryTerm.expiryDate(kind, filingDate);
    }
}
