package cn.ipfin.servicedesk;

/** A training course (培训课程) or a one-off event (活动). */
public enum CourseKind {
    COURSE, EVENT;

    public String messageKey() {
        return "servicedesk.training.kind." + name();
    }
}
