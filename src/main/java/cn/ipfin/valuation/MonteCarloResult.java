package cn.ipfin.valuation;

import java.util.List;

import cn.ipfin.core.money.Money;

/**
 * Result of a Monte Carlo simulation of the value: percentiles by the nearest-rank method and a histogram.
 *
 * @param seed       seed of the random generator; the same inputs and seed give the same result
 * @param iterations number of draws
 * @param p10        10th percentile, the conservative value a pledge uses
 * @param p50        median
 * @param p90        90th percentile
 * @param minimum    smallest simulated value
 * @param maximum    largest simulated value
 * @param histogram  equal-width bins from the minimum to the maximum
 */
public record MonteCarloResult(long seed, int iterations, Money p10, Money p50, Money p90, Money minimum,
        Money maximum, List<HistogramBin> histogram) {

    public MonteCarloResult {
        histogram = List.copyOf(histogram);
    }

    /** Returns the conservative value for a pledge (质押参考价值), which is P10. */
    public Money pledgeValue() {
        return p10;
    }

    /** One bin of the histogram: values in [lower, upper), and the last bin also contains its upper bound. */
    public record HistogramBin(Money lower, Money upper, int count) {
    }
}
