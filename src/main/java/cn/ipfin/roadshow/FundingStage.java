package cn.ipfin.roadshow;

/** The financing round (融资阶段) a project seeks, in the order a company passes through them. */
public enum FundingStage {
    SEED, ANGEL, SERIES_A, SERIES_B, PRE_IPO;

    public String messageKey() {
        return "roadshow.stage." + name();
    }
}
