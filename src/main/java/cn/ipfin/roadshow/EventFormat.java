package cn.ipfin.roadshow;

/** Whether a roadshow event takes place online (线上) or at a venue (线下). */
public enum EventFormat {
    ONLINE, OFFLINE;

    public String messageKey() {
        return "roadshow.event.format." + name();
    }
}
