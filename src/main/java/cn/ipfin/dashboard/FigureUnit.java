package cn.ipfin.dashboard;

/** How a statistic's value reads: a count, an amount in yuan, a fraction shown as a percentage, or days. */
public enum FigureUnit {
    COUNT, YUAN, PERCENT, DAYS;

    /** Returns whether values in this unit may be added up into a table total. */
    public boolean isAdditive() {
        return this == COUNT || this == YUAN;
    }
}
