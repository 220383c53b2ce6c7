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
 * {@link SplittableRandom} seeded with the given seed, rounds each draw HALF_UP to 6 decimals as a
 * {@link BigDecimal}, and takes the value from the model in yuan, computed in {@link BigDecimal}. A draw outside
 * the input's valid range or, for a normal distribution, outside mean ± 3 standard deviations is drawn again.
 * The values are rounded HALF_UP to the fen and sorted; the k-th percentile is the value at rank ⌈k/100 · n⌉
 * (nearest-rank method). The same inputs, model and seed therefore always give the same result.
 */
public final class MonteCarloSimulator {

    public static final int MIN_ITERATIONS = 100;
    public static final int MAX_ITERATIONS = 50_000;
    private static final int MAX_REDRAWS = 1_000;

    /** The valued quantity as a function of the drawn inputs; returns yuan. */
    @FunctionalInterface
    public interface ValueModel {
        BigDecimal valueOf(Map<UncertainInput, BigDecimal> draws);
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
        Map<UncertainInput, Distribution> ordered = new EnumMap<>(inputs);
        SplittableRandom random = new SplittableRandom(seed);

        Money[] values = new Money[iterations];
        for (int i = 0; i < iterations; i++) {
            Map<UncertainInput, BigDecimal> draws = new EnumMap<>(UncertainInput.class);
            ordered.forEach((input, distribution) -> draws.put(input, drawWithin(input, distribution, random)));
            values[i] = Money.ofRounded(model.valueOf(draws), RoundingMode.HALF_UP);
        }
        Arrays.sort(values);

        return new MonteCarloResult(seed, iterations, percentile(values, 10), percentile(values, 50),
                percentile(values, 90), values[0], values[iterations - 1], histogram(values, bins));
    }

    private static BigDecimal drawWithin(UncertainInput input, Distribution distribution, SplittableRandom random) {
        for (int attempt = 0; attempt < MAX_REDRAWS; attempt++) {
            BigDecimal draw = BigDecimal.valueOf(distribution.draw(random)).setScale(6, RoundingMode.HALF_UP);
            boolean inBand = draw.compareTo(distribution.lowest()) >= 0 && draw.compareTo(distribution.highest()) <= 0;
            if (inBand && input.accepts(draw)) {
                return draw;
            }
        }
        throw InvalidInputException.of("monteCarlo.inputs[" + input + "]", "valuation.monteCarlo.distribution.range",
                input);
    }

    /** Returns the value at rank ⌈k/100 · n⌉ of the sorted values. */
    static Money percentile(Money[] sorted, int k) {
        int rank = (int) Math.ceil(k * (long) sorted.length / 100.0);
        return sorted[Math.max(rank, 1) - 1];
    }

    private static List<MonteCarloResult.HistogramBin> histogram(Money[] sorted, int bins) {
        BigDecimal low = sorted[0].amount();
        BigDecimal high = sorted[sorted.length - 1].amount();
        BigDecimal width = high.subtract(low).divide(BigDecimal.valueOf(bins), MathContext.DECIMAL128);
        int[] counts = new int[bins];
        for (Money value : sorted) {
            int bin = width.signum() == 0 ? 0
                    : value.amount().subtract(low).divide(width, MathContext.DECIMAL128).intValue();
            counts[Math.min(bin, bins - 1)]++;
        }
        List<MonteCarloResult.HistogramBin> result = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            BigDecimal lower = low.add(width.multiply(BigDecimal.valueOf(b)));
            BigDecimal upper = b == bins - 1 ? high : low.add(width.multiply(BigDecimal.valueOf(b + 1L)));
            result.add(new MonteCarloResult.HistogramBin(Money.ofRounded(lower, RoundingMode.HALF_UP),
                    Money.ofRounded(upper, RoundingMode.HALF_UP), counts[b]));
        }
        return result;
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
