package cn.ipfin.servicedesk;

/** The state of a consultation: waiting for an advisor, assigned, under way, completed or cancelled. */
public enum ConsultationStatus {
    REQUESTED, ASSIGNED, IN_PROGRESS, COMPLETED, CANCELLED;

    public String messageKey() {
        return "servicedesk.consultation.status." + name();
    }
}
