package cn.ipfin.roadshow;

/** How a project wants to raise money (融资方式). */
public enum FinancingMethod {
    /** Shares in exchange for investment (股权融资). */
    EQUITY,
    /** A loan or bond (债权融资). */
    DEBT,
    /** A loan secured by a pledge of the enterprise's IP (知识产权质押). */
    IP_PLEDGE,
    /** A loan that converts into shares (可转债). */
    CONVERTIBLE;

    public String messageKey() {
        return "roadshow.method." + name();
    }
}
