package cn.ipfin.risk;

/** The lifecycle of an alert: open, acknowledged by a recipient, resolved with a comment. */
public enum AlertState {
    OPEN, ACKNOWLEDGED, RESOLVED;

    public String messageKey() {
        return "risk.state." + name();
    }
}
