package cn.ipfin.valuation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.InvalidInputException.Violation;
import cn.ipfin.core.money.Money;

/**
 * Runs a Monte Carlo simulation (蒙特卡洛模拟) of a value over uncertain inputs.
 *
 * <p>Each iteration draws every uncertain input in {@link UncertainInput} order from one
 * {@link SplittableRandom} seeded with the given seed, rounds each draw HALF_UP to 6 decimals, and takes the
 * value from the model in yuan. A draw outside the input's valid range or, for a normal distribution, outside
 * mean ± 3 standard deviations is drawn again. The values are rounded HALF_UP to the fen and sorted; the k-th
 * percentile is the value at rank ⌈k/100 · n⌉ (nearest-rank method). The same inputs, model and seed therefore
 * always give the same result.
 *
 * <p>Arithmetic per path: the draws are dimensionless samples (a revenue factor, rates), so they are kept as
 * whole millionths in a {@code long}, rounded exactly as {@code BigDecimal.valueOf(draw).setScale(6, HALF_UP)}
 * would round them. Path values are kept as whole fen in a {@code long}, and only the percentiles and the
 * histogram bounds become {@link Money}. A {@link FastValueModel} computes a path's value without
 * {@code BigDecimal} and must return the same fen as its exact {@link ValueModel#valueOf}, or
 * {@link FastValueModel#UNDECIDED} when it cannot be sure, in which case the exact method runs for that path.
 * The first path always runs the exact method, so the model's own input checks still reject invalid input.
 * Any other model runs the exact method on every path.
 */
public final class MonteCarloSimulator {

    public static final int MIN_ITERATIONS = 100;
    public static final int MAX_ITERATIONS = 50_000;
    private static final int MAX_REDRAWS = 1_000;

    /** Marks an input without a distribution in the array of draws a {@link FastValueModel} receives. */
    public static final long NOT_DRAWN = Long.MIN_VALUE;

    /** The valued quantity as a function of the drawn inputs; returns yuan. */
    @FunctionalInterface
    public interface ValueModel {
        BigDecimal valueOf(Map<UncertainInput, BigDecimal> draws);
    }

    /** A value model that can also compute a path's value rounded to the fen without {@code BigDecimal}. */
    public interface FastValueModel extends ValueModel {

        /** Marks a path whose rounding the fast computation cannot decide. */
        long UNDECIDED = Long.MIN_VALUE;

        /**
         * Computes the value of one path in whole fen, equal to {@link #valueOf} rounded HALF_UP to the fen.
         *
         * @param drawsInMillionths each input's draw in millionths, indexed by {@link UncertainInput#ordinal()},
         *                          or {@link #NOT_DRAWN} for an input without a distribution
         * @return the value in fen, or {@link #UNDECIDED} when floating-point error could change the rounding
         */
        long valueInFen(long[] drawsInMillionths);
    }

    /**
     * Simulates the value.
     *
     * @throws InvalidInputException when the iterations or bins are out of range, or a distribution is
     *                               inconsistent or reaches outside its input's valid range
     */
    public MonteCarloResult simulate(Map<UncertainInput, Distribution> inputs, ValueModel model, int iterations,
            long seed, int bins) {
        validate(inputs, iterations, bins);
        List<Sampler> samplers = new EnumMap<>(inputs).entrySet().stream()
                .map(entry -> new Sampler(entry.getKey(), entry.getValue())).toList();
        SplittableRandom random = new SplittableRandom(seed);

        long[] draws = new long[UncertainInput.values().length];
        Arrays.fill(draws, NOT_DRAWN);
        long[] values = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            for (Sampler sampler : samplers) {
                draws[sampler.input.ordinal()] = sampler.draw(random);
            }
            values[i] = valueInFen(model, draws, i == 0);
        }
        Arrays.sort(values);

        return new MonteCarloResult(seed, iterations, fen(values[rank(iterations, 10) - 1]),
                fen(values[rank(iterations, 50) - 1]), fen(values[rank(iterations, 90) - 1]), fen(values[0]),
                fen(values[iterations - 1]), histogram(values, bins));
    }

    private static long valueInFen(ValueModel model, long[] draws, boolean exactOnly) {
        if (!exactOnly && model instanceof FastValueModel fast) {
            long value = fast.valueInFen(draws);
            if (value != FastValueModel.UNDECIDED) {
                return value;
            }
        }
        Map<UncertainInput, BigDecimal> drawMap = new EnumMap<>(UncertainInput.class);
        for (UncertainInput input : UncertainInput.values()) {
            if (draws[input.ordinal()] != NOT_DRAWN) {
                drawMap.put(input, BigDecimal.valueOf(draws[input.ordinal()], 6));
            }
        }
        return Money.ofRounded(model.valueOf(drawMap), RoundingMode.HALF_UP).amount().unscaledValue().longValueExact();
    }

    /** One input's distribution with its accepted band in millionths. */
    private static final class Sampler {

        private final UncertainInput input;
        private final Distribution distribution;
        private final long lowest;
        private final long highest;

        Sampler(UncertainInput input, Distribution distribution) {
            this.input = input;
            this.distribution = distribution;
            // A draw must lie in [lowest, highest] of the distribution and strictly inside the input's bounds.
            long inputLowest = millionths(input.lowerBound(), RoundingMode.FLOOR) + 1;
            long inputHighest = millionths(input.upperBound(), RoundingMode.CEILING) - 1;
            this.lowest = Math.max(millionths(distribution.lowest(), RoundingMode.CEILING), inputLowest);
            this.highest = Math.min(millionths(distribution.highest(), RoundingMode.FLOOR), inputHighest);
        }

        long draw(SplittableRandom random) {
            for (int attempt = 0; attempt < MAX_REDRAWS; attempt++) {
                long draw = roundToMillionths(distribution.draw(random));
                if (draw >= lowest && draw <= highest) {
                    return draw;
                }
            }
            throw InvalidInputException.of("monteCarlo.inputs[" + input + "]",
                    "valuation.monteCarlo.distribution.range", input);
        }

        private static long millionths(BigDecimal value, RoundingMode mode) {
            return value.setScale(6, mode).unscaledValue().longValueExact();
        }
    }

    /**
     * Rounds a draw HALF_UP to whole millionths, with the same result as
     * {@code BigDecimal.valueOf(draw).setScale(6, HALF_UP)}. The shortest decimal form of a double that
     * {@code BigDecimal.valueOf} uses differs from the double by less than one ulp, so the two roundings can
     * only differ next to a tie; those draws, and draws too large for a precise product, take the exact route.
     */
    static long roundToMillionths(double draw) {
        double scaled = Math.abs(draw) * 1e6;
        if (scaled < 1e9) {
            double whole = Math.floor(scaled);
            double fraction = scaled - whole;
            if (Math.abs(fraction - 0.5) > 1e-6) {
                long magnitude = (long) whole + (fraction > 0.5 ? 1 : 0);
                return draw < 0 ? -magnitude : magnitude;
            }
        }
        return BigDecimal.valueOf(draw).setScale(6, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }

    private static Money fen(long value) {
        return new Money(BigDecimal.valueOf(value, Money.SCALE));
    }

    /** Returns the rank ⌈k/100 · n⌉, at least 1, of the k-th percentile of n sorted values. */
    private static int rank(int count, int k) {
        return Math.max((int) Math.ceil(k * (long) count / 100.0), 1);
    }

    /** Returns the value at rank ⌈k/100 · n⌉ of the sorted values. */
    static Money percentile(Money[] sorted, int k) {
        return sorted[rank(sorted.length, k) - 1];
    }

    /**
     * Counts the sorted values in equal-width bins. The bin of a value is ⌊(value − low) / width⌋ with the width
     * (high − low) / bins. It is computed exactly in fen, and a value exactly on a bin boundary is placed by the
     * same 34-digit division that gives the bounds.
     */
    private static List<MonteCarloResult.HistogramBin> histogram(long[] sorted, int bins) {
        long low = sorted[0];
        long high = sorted[sorted.length - 1];
        BigDecimal lowYuan = BigDecimal.valueOf(low, Money.SCALE);
        BigDecimal highYuan = BigDecimal.valueOf(high, Money.SCALE);
        BigDecimal width = highYuan.subtract(lowYuan).divide(BigDecimal.valueOf(bins), MathContext.DECIMAL128);
        long range = high - low;
        int[] counts = new int[bins];
        for (long value : sorted) {
            int bin = range == 0 ? 0 : bin(value - low, range, bins, width);
            counts[Math.min(bin, bins - 1)]++;
        }
        List<MonteCarloResult.HistogramBin> result = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            BigDecimal lower = lowYuan.add(width.multiply(BigDecimal.valueOf(b)));
            BigDecimal upper = b == bins - 1 ? highYuan : lowYuan.add(width.multiply(BigDecimal.valueOf(b + 1L)));
            result.add(new MonteCarloResult.HistogramBin(Money.ofRounded(lower, RoundingMode.HALF_UP),
                    Money.ofRounded(upper, RoundingMode.HALF_UP), counts[b]));
        }
        return result;
    }

    private static int bin(long offset, long range, int bins, BigDecimal width) {
        long scaled = Math.multiplyExact(offset, bins);
        if (scaled % range != 0) {
            return (int) (scaled / range);
        }
        return BigDecimal.valueOf(offset, Money.SCALE).divide(width, MathContext.DECIMAL128).intValue();
    }

    private static void validate(Map<UncertainInput, Distribution> inputs, int iterations, int bins) {
        List<Violation> violations = new ArrayList<>();
        if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
            violations.add(new Violation("monteCarlo.iterations", "valuation.monteCarlo.iterations.invalid",
                    MIN_ITERATIONS, MAX_ITERATIONS));
        }
        if (bins < 1 || bins > 50) {
            violations.add(new Violation("monteCarlo.bins", "valuation.monteCarlo.bins.invalid"));
        }
        if (inputs == null) {
            throw new InvalidInputException(violations.isEmpty()
                    ? List.of(new Violation("monteCarlo.inputs", "valuation.monteCarlo.distribution.invalid")) : violations);
        }
        inputs.forEach((input, distribution) -> checkDistribution(input, distribution, violations));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static void checkDistribution(UncertainInput input, Distribution distribution, List<Violation> violations) {
        String field = "monteCarlo.inputs[" + input + "]";
        if (distribution == null || !distribution.isConsistent()) {
            violations.add(new Violation(field, "valuation.monteCarlo.distribution.invalid", input));
            return;
        }
        boolean inRange = distribution instanceof Distribution.Normal normal ? input.accepts(normal.mean())
                : input.accepts(distribution.lowest()) && input.accepts(distribution.highest());
        if (!inRange) {
            violations.add(new Violation(field, "valuation.monteCarlo.distribution.range", input));
        }
    }
}
