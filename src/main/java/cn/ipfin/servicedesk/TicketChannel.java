package cn.ipfin.servicedesk;

/** The channel through which a service ticket reached the call centre (受理渠道). */
public enum TicketChannel {
    PHONE, WEB, MOBILE, WALK_IN;

    public String messageKey() {
        return "servicedesk.channel." + name();
    }
}
