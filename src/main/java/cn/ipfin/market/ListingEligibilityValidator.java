package cn.ipfin.market;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.ipfin.ipasset.AnnualFeeStatus;
import cn.ipfin.ipasset.LegalStatus;
import cn.ipfin.ipasset.PledgeFacts;

/**
 * Checks whether an organisation may list an asset. The right must be granted and in force, not expired, not
 * frozen and without unpaid annual fees. For a transfer or licence the lister must be the registered owner,
 * and a pledged asset then needs the pledgee's consent before review. A disposal sale (处置变卖) may be listed
 * only by the pledgee of the active pledge.
 */
public final class ListingEligibilityValidator {

    /** The problems found, as message keys with the asset number as argument, and whether consent is needed. */
    public record Eligibility(List<String> problems, boolean consentNeeded) {

        public Eligibility {
            problems = List.copyOf(problems);
        }

        public boolean eligible() {
            return problems.isEmpty();
        }
    }

    /**
     * Checks one listing.
     *
     * @param activePledgeeId the organisation holding the active pledge on the asset, null when not pledged
     */
    public Eligibility check(PledgeFacts asset, Long listerOrganizationId, ListingType type, Long activePledgeeId,
            LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (asset.legalStatus() != LegalStatus.VALID) {
            problems.add("market.eligibility.notInForce");
        }
        if (asset.expiryDate() != null && !asset.expiryDate().isAfter(today)) {
            problems.add("market.eligibility.expired");
        }
        if (asset.annualFeeStatus() == AnnualFeeStatus.UNPAID) {
            problems.add("market.eligibility.feesUnpaid");
        }
        if (asset.frozen()) {
            problems.add("market.eligibility.frozen");
        }
        if (type == ListingType.DISPOSAL_SALE) {
            if (activePledgeeId == null || !activePledgeeId.equals(listerOrganizationId)) {
                problems.add("market.eligibility.notPledgee");
            }
            return new Eligibility(problems, false);
        }
        if (!listerOrganizationId.equals(asset.ownerOrganizationId())) {
            problems.add("market.eligibility.notOwner");
        }
        return new Eligibility(problems, activePledgeeId != null);
    }
}
