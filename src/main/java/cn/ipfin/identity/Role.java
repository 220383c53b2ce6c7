package cn.ipfin.identity;

/**
 * What a user does on the platform. A user has one role, normally the one that matches the type of the
 * organisation it acts for.
 */
public enum Role {
    ENTERPRISE, BANK, GUARANTOR, INSURER, EVALUATOR, INVESTOR, LAW_FIRM, GOVERNMENT, OPERATOR, ADMIN;

    /** Returns the Spring Security authority name, such as {@code ROLE_BANK}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
