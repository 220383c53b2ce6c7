package cn.ipfin.roadshow;

/**
 * Where a roadshow project is in the operator's review: a draft or returned project is edited by its enterprise,
 * a submitted one waits for the operator, and only a published one is public.
 */
public enum ProjectStatus {
    DRAFT, SUBMITTED, PUBLISHED, RETURNED;

    public String messageKey() {
        return "roadshow.status." + name();
    }
}
