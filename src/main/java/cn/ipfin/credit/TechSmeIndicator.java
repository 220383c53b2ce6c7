package cn.ipfin.credit;

/** Indicators scored in the tech-SME evaluation. */
public enum TechSmeIndicator {

    /** Tech staff / employees (科技人员占比), up to 20 points. */
    TECH_STAFF_RATIO,

    /** R&amp;D expense / sales revenue, up to 50 points. The better of this and {@link #RD_TO_COST_RATIO} counts. */
    RD_TO_SALES_RATIO,

    /** R&amp;D expense / total cost and expense. The better of this and {@link #RD_TO_SALES_RATIO} counts. */
    RD_TO_COST_RATIO,

    /**
     * Intellectual property (知识产权), up to 30 points. Its value is the class-I count when there is a class-I
     * item, otherwise the class-II count.
     */
    INTELLECTUAL_PROPERTY
}
