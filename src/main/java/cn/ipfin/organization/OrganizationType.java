package cn.ipfin.organization;

import cn.ipfin.identity.Role;

/** The kind of a member organisation (机构类型) and the role its users get. */
public enum OrganizationType {
    ENTERPRISE(Role.ENTERPRISE),
    BANK(Role.BANK),
    GUARANTOR(Role.GUARANTOR),
    INSURER(Role.INSURER),
    EVALUATOR(Role.EVALUATOR),
    INVESTOR(Role.INVESTOR),
    LAW_FIRM(Role.LAW_FIRM),
    GOVERNMENT(Role.GOVERNMENT),
    /** The company that runs the platform; it is created with the installation, never self-registered. */
    PLATFORM(Role.OPERATOR);

    private final Role memberRole;

    OrganizationType(Role memberRole) {
        this.memberRole = memberRole;
    }

    public Role memberRole() {
        return memberRole;
    }

    public boolean isSelfRegistrable() {
        return this != PLATFORM;
    }

    public String messageKey() {
        return "organization.type." + name();
    }
}
