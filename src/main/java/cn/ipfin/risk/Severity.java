package cn.ipfin.risk;

/** How urgent an alert is (预警级别). */
public enum Severity {
    INFO, WARNING, CRITICAL;

    public String messageKey() {
        return "risk.severity." + name();
    }
}
