package cn.ipfin.servicedesk;

/**
 * The subject area of a service ticket, with the number of working days within which the platform promises to
 * resolve it (服务时限).
 */
public enum TicketCategory {
    ACCOUNT(1), COMPLAINT(1), TECHNICAL(2), POLICY(3), FINANCING(3), OTHER(5);

    private final int slaWorkingDays;

    TicketCategory(int slaWorkingDays) {
        this.slaWorkingDays = slaWorkingDays;
    }

    public int slaWorkingDays() {
        return slaWorkingDays;
    }

    public String messageKey() {
        return "servicedesk.category." + name();
    }
}
