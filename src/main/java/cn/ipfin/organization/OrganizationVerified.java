package cn.ipfin.organization;

/**
 * Published when an operator has verified an organisation; the name key lets the IP registry link the
 * organisation's patents to it.
 */
public record OrganizationVerified(Long organizationId, String nameKey) {
}
