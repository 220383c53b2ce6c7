package cn.ipfin.roadshow;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an enterprise enters for a roadshow project. Boxed and nullable so that a missing value is reported as
 * a field error by {@link ProjectDetailsValidator} rather than failing while the request is read.
 *
 * @param amountSought yuan, at most two decimal places
 * @param ipAssetIds ids of IP assets in the registry that the enterprise owns
 */
public record ProjectDetails(String title, String summary, String industry, FundingStage stage,
        BigDecimal amountSought, FinancingMethod method, String useOfFunds, List<Long> ipAssetIds,
        List<TeamMember> team) {

    public ProjectDetails {
        ipAssetIds = ipAssetIds == null ? List.of() : List.copyOf(ipAssetIds);
        team = team == null ? List.of() : List.copyOf(team);
    }
}
