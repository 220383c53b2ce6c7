package cn.ipfin.roadshow;

/** The enterprise's decision on a meeting request. */
public enum MeetingStatus {
    REQUESTED, ACCEPTED, DECLINED;

    public String messageKey() {
        return "roadshow.meeting.status." + name();
    }
}
