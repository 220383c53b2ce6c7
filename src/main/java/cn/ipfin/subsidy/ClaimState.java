package cn.ipfin.subsidy;

/**
 * The steps of a subsidy claim (贴息申请): submitted by the enterprise, recommended or returned by a government
 * reviewer (经办), approved or rejected by a second government user (复核), and paid out.
 */
public enum ClaimState {
    SUBMITTED, RETURNED, RECOMMENDED, APPROVED, REJECTED, PAID, WITHDRAWN;

    public String messageKey() {
        return "subsidy.state." + name();
    }
}
