package cn.ipfin.credit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Scoring table of one indicator: bands ordered from the highest lower bound down to a last band whose
 * bound is zero, so that every non-negative value falls in exactly one band.
 *
 * <p>Ratios are compared by cross-multiplication ({@code numerator >= bound × denominator}), so a value one
 * fen or one person below a bound never rounds up into the band.
 */
public record ScoreTable(List<ScoreBand> bands) {

    public ScoreTable {
        bands = List.copyOf(bands);
        if (bands.isEmpty() || bands.get(bands.size() - 1).lowerBound().signum() != 0) {
            throw new IllegalArgumentException("A score table needs a last band with lower bound 0");
        }
        for (int i = 1; i < bands.size(); i++) {
            ScoreBand upper = bands.get(i - 1);
            ScoreBand lower = bands.get(i);
            if (upper.lowerBound().compareTo(lower.lowerBound()) <= 0 || upper.points() < lower.points()) {
                throw new IllegalArgumentException("Bands must descend by bound and points: "
                        + upper.grade() + " before " + lower.grade());
            }
        }
    }

    public static ScoreTable of(ScoreBand... bands) {
        return new ScoreTable(List.of(bands));
    }

    /** Returns the band that contains {@code value}, which must not be negative. */
    public ScoreBand bandFor(BigDecimal value) {
        return bandForRatio(value, BigDecimal.ONE);
    }

    /**
     * Returns the band that contains {@code numerator / denominator}. The denominator must be positive.
     */
    public ScoreBand bandForRatio(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be positive: " + denominator);
        }
        for (ScoreBand band : bands) {
            if (numerator.compareTo(band.lowerBound().multiply(denominator)) >= 0) {
                return band;
            }
        }
        throw new IllegalArgumentException("Negative value " + numerator + " has no band");
    }

    /** Returns the lowest band that awards more than {@code points}, or empty when none does. */
    public Optional<ScoreBand> lowestBandAbove(int points) {
        for (int i = bands.size() - 1; i >= 0; i--) {
            if (bands.get(i).points() > points) {
                return Optional.of(bands.get(i));
            }
        }
        return Optional.empty();
    }

    /** Returns the band awarding the fewest points, whose lower bound is zero. */
    public ScoreBand lowestBand() {
        return bands.get(bands.size() - 1);
    }

    public int maxPoints() {
        return bands.get(0).points();
    }
}
