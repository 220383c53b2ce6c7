package cn.ipfin.credit;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of a scoring table: a value at or above {@code lowerBound}, and below the bound of the row above,
 * earns {@code points}.
 *
 * @param grade      the row's letter as the evaluation rules print it, A for the highest row
 * @param lowerBound inclusive lower bound, a ratio such as {@code 0.30} or a count such as {@code 4}
 * @param points     points awarded for the row
 */
public record ScoreBand(String grade, BigDecimal lowerBound, int points) {

    public ScoreBand {
        Objects.requireNonNull(grade, "grade must not be null");
        Objects.requireNonNull(lowerBound, "lowerBound must not be null");
        if (lowerBound.signum() < 0 || points < 0) {
            throw new IllegalArgumentException("Band " + grade + " needs a non-negative bound and points");
        }
    }

    public static ScoreBand of(String grade, String lowerBound, int points) {
        return new ScoreBand(grade, new BigDecimal(lowerBound), points);
    }
}
