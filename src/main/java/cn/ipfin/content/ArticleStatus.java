package cn.ipfin.content;

/**
 * The review state of an article (审核状态). Operators edit a draft or a returned article, a submitted one waits for
 * a second operator, and only a published one is public.
 */
public enum ArticleStatus {
    DRAFT,
    SUBMITTED,
    /** Sent back by the reviewer with a reason; editable like a draft. */
    RETURNED,
    PUBLISHED,
    WITHDRAWN;

    public String messageKey() {
        return "content.status." + name();
    }

    public boolean isEditable() {
        return this == DRAFT || this == RETURNED || this == WITHDRAWN;
    }
}
