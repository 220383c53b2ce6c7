package cn.ipfin.roadshow;

/** A registration holds a seat, waits for one to free up, or was cancelled by the registrant. */
public enum RegistrationStatus {
    CONFIRMED, WAITING, CANCELLED;

    public String messageKey() {
        return "roadshow.registration.status." + name();
    }
}
