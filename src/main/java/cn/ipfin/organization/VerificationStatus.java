package cn.ipfin.organization;

/** The state of an organisation in the operator's check of its registration (审核状态). */
public enum VerificationStatus {
    PENDING, VERIFIED, REJECTED;

    public String messageKey() {
        return "organization.status." + name();
    }
}
