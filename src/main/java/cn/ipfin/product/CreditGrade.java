package cn.ipfin.product;

/**
 * A credit rating grade (信用等级) from AAA, the best, down to C, in declaration order, so that
 * {@link #isAtLeast(CreditGrade)} compares grades.
 */
public enum CreditGrade {
    AAA, AA, A, BBB, BB, B, CCC, CC, C;

    /** Returns whether this grade is the given minimum or better. */
    public boolean isAtLeast(CreditGrade minimum) {
        return ordinal() <= minimum.ordinal();
    }
}
