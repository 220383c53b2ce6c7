package cn.ipfin.content;

/** Whether a financing case is being prepared, public or taken down. */
public enum FinancingCaseStatus {
    DRAFT,
    PUBLISHED,
    WITHDRAWN;

    public String messageKey() {
        return "content.case.status." + name();
    }
}
