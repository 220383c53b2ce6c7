package cn.ipfin.risk;

/** The urgency of an alert (预警级别). */
public enum Severity {
    INFO, WARNING, CRITICAL;

    public String messageKey() {
        return "risk.severity." + name();
    }
}
