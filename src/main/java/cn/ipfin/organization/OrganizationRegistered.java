package cn.ipfin.organization;

/** Published when an organisation has registered and awaits an operator's check. */
public record OrganizationRegistered(Long organizationId, OrganizationType type) {
}
