package cn.ipfin.valuation;

/**
 * State of a valuation assignment (评估委托状态): requested → quoted → accepted → in review → signed, or
 * declined by the requester before work starts. A reviewer who returns a draft sends it back to accepted.
 */
public enum AssignmentStatus {
    REQUESTED, QUOTED, ACCEPTED, IN_REVIEW, SIGNED, DECLINED;

    public String messageKey() {
        return "valuation.assignment.status." + name();
    }
}
