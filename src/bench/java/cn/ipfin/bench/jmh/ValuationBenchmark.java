package cn.ipfin.bench.jmh;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import cn.ipfin.core.money.Money;
import cn.ipfin.valuation.DiscountRate;
import cn.ipfin.valuation.Distribution;
import cn.ipfin.valuation.IncomeApproachInput;
import cn.ipfin.valuation.MonteCarloResult;
import cn.ipfin.valuation.MonteCarloSimulator;
import cn.ipfin.valuation.ReconciledIncomeModel;
import cn.ipfin.valuation.RoyaltyRate;
import cn.ipfin.valuation.UncertainInput;
import cn.ipfin.valuation.ValuationApproach;

/**
 * A 10,000-path Monte Carlo range over the income approach of a five-year forecast, reconciled with fixed
 * market and cost values, as a valuation draft computes it; target below 50 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValuationBenchmark {

    private static final int PATHS = 10_000;

    private final MonteCarloSimulator simulator = new MonteCarloSimulator();
    private final Map<UncertainInput, Distribution> inputs = Map.of(
            UncertainInput.REVENUE_FACTOR, new Distribution.Triangular(new BigDecimal("0.7"), BigDecimal.ONE,
                    new BigDecimal("1.2")),
            UncertainInput.ROYALTY_RATE, new Distribution.Uniform(new BigDecimal("0.02"), new BigDecimal("0.04")),
            UncertainInput.DISCOUNT_RATE, new Distribution.Normal(new BigDecimal("0.16"), new BigDecimal("0.01")));
    private final ReconciledIncomeModel model = new ReconciledIncomeModel(
            new IncomeApproachInput(Collections.nCopies(5, Money.of("10000000.00")),
                    RoyaltyRate.ofRevenue(new BigDecimal("0.03")), new BigDecimal("0.25"),
                    DiscountRate.of(new BigDecimal("0.16")), null),
            Map.of(ValuationApproach.MARKET, Money.of("800000.00"), ValuationApproach.COST, Money.of("500000.00")),
            Map.of(ValuationApproach.INCOME, new BigDecimal("0.6"), ValuationApproach.MARKET, new BigDecimal("0.3"),
                    ValuationApproach.COST, new BigDecimal("0.1")));

    @Benchmark
    public MonteCarloResult monteCarlo10000Paths() {
        return simulator.simulate(inputs, model, PATHS, 20_261_205L, 20);
    }

    /** The same paths with a trivial value model, to separate drawing from the income approach. */
    @Benchmark
    public MonteCarloResult monteCarlo10000PathsTrivialModel() {
        return simulator.simulate(inputs, draws -> draws.get(UncertainInput.REVENUE_FACTOR).movePointRight(6),
                PATHS, 20_261_205L, 20);
    }

}
