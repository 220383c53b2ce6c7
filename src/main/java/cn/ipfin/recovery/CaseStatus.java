package cn.ipfin.recovery;

/** The stage of a default case: loss shared and claims open, pledged IP on sale, or closed with a full record. */
public enum CaseStatus {
    OPEN, DISPOSING, CLOSED;

    public String messageKey() {
        return "recovery.caseStatus." + name();
    }
}
