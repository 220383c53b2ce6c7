package cn.ipfin.ipasset;

/** Published when a pledge on an IP right has been registered. */
public record IpPledgeRegistered(Long pledgeId, Long assetId, Long pledgorOrganizationId, Long pledgeeOrganizationId) {
}
