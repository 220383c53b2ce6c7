package cn.ipfin.content;

/** The channel (栏目) an article appears in. */
public enum ArticleChannel {
    /** 政策导向. */
    POLICY,
    /** 法律法规. */
    LAW,
    /** 行业动态. */
    INDUSTRY,
    /** 金融资讯. */
    FINANCE;

    public String messageKey() {
        return "content.channel." + name();
    }
}
