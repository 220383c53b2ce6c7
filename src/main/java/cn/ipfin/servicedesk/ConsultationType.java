package cn.ipfin.servicedesk;

/** The free guidance services an enterprise can request (咨询服务类型). */
public enum ConsultationType {
    /** Enterprise development planning (企业发展规划指导). */
    DEVELOPMENT_PLANNING,
    /** Guidance towards a stock listing (上市辅导). */
    LISTING_GUIDANCE,
    /** Mergers and acquisitions (并购). */
    MERGER_ACQUISITION;

    public String messageKey() {
        return "servicedesk.consultation.type." + name();
    }
}
