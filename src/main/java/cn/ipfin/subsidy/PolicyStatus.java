package cn.ipfin.subsidy;

/** Whether a policy version accepts claims. */
public enum PolicyStatus {
    ACTIVE, SUSPENDED
}
