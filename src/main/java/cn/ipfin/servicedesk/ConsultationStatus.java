package cn.ipfin.servicedesk;

/** Where a consultation is: waiting for an advisor, assigned, under way, completed or cancelled. */
public enum ConsultationStatus {
    REQUESTED, ASSIGNED, IN_PROGRESS, COMPLETED, CANCELLED;

    public String messageKey() {
        return "servicedesk.consultation.status." + name();
    }
}
