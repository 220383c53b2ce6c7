package cn.ipfin.credit;

import java.util.List;

import cn.ipfin.ipasset.IpAsset;
import cn.ipfin.organization.Organization;

/**
 * An enterprise's credit file (信用档案): registration data, statements, IP, the latest tech-SME assessment and
 * the ratings.
 *
 * @param grant the grant the viewer used, or null for the enterprise itself and platform staff
 */
public record CreditFile(Organization enterprise, List<FinancialStatement> statements, long ipCount,
        List<IpAsset> ipAssets, TechSmeAssessmentRecord latestTechSmeAssessment, List<CreditRating> ratings,
        CreditFileGrant grant) {
}
