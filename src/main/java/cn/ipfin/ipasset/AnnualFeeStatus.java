package cn.ipfin.ipasset;

/** Whether the annual fees (年费) of a patent are paid up, as far as the registry knows. */
public enum AnnualFeeStatus {
    PAID, UNPAID, UNKNOWN
}
