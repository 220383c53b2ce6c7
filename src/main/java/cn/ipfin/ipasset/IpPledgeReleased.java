package cn.ipfin.ipasset;

/** Published when a pledge on an IP right has been released. */
public record IpPledgeReleased(Long pledgeId, Long assetId) {
}
