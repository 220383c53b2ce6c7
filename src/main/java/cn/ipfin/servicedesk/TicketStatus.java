package cn.ipfin.servicedesk;

/**
 * The state of a service ticket: new, assigned to an operator, in progress, resolved (the requester may rate or
 * reopen it), or closed.
 */
public enum TicketStatus {
    NEW, ASSIGNED, IN_PROGRESS, RESOLVED, CLOSED;

    public boolean isOpen() {
        return this != RESOLVED && this != CLOSED;
    }

    public String messageKey() {
        return "servicedesk.status." + name();
    }
}
