package cn.ipfin.ipasset;

import java.time.LocalDate;

/**
 * Published when a legal-status event (法律状态变更) from a feed has been applied to an asset.
 *
 * @param assetId             the asset in the registry
 * @param applicationNumber   the canonical application number, such as {@code 201710601862.3}
 * @param kind                the recognised event
 * @param eventDate           the date of the event as the feed states it
 * @param oldStatus           the legal status before the event
 * @param newStatus           the legal status after it, equal to {@code oldStatus} for events that keep it
 * @param ownerOrganizationId the member that owns the asset, or null when no member is linked
 * @param pledged             whether the asset was pledged when the event arrived
 */
public record LegalStatusChanged(Long assetId, String applicationNumber, LegalStatusEventKind kind,
        LocalDate eventDate, LegalStatus oldStatus, LegalStatus newStatus, Long ownerOrganizationId,
        boolean pledged) {
}
