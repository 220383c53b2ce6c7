package cn.ipfin.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.money.Money;

class MonteCarloSimulatorTest {

    private static final BigDecimal MILLION = new BigDecimal("1000000");

    private final MonteCarloSimulator simulator = new MonteCarloSimulator();

    private final MonteCarloSimulator.ValueModel millionTimesFactor =
            draws -> MILLION.multiply(draws.get(UncertainInput.REVENUE_FACTOR));

    @Test
    void sameSeedGivesSameResult() {
        Map<UncertainInput, Distribution> inputs = Map.of(UncertainInput.REVENUE_FACTOR,
                new Distribution.Triangular(new BigDecimal("0.7"), BigDecimal.ONE, new BigDecimal("1.2")));

        MonteCarloResult first = simulator.simulate(inputs, millionTimesFactor, 5_000, 20261204L, 10);
        MonteCarloResult second = simulator.simulate(inputs, millionTimesFactor, 5_000, 20261204L, 10);
        MonteCarloResult otherSeed = simulator.simulate(inputs, millionTimesFactor, 5_000, 7L, 10);

        assertThat(second).isEqualTo(first);
        assertThat(first.seed()).isEqualTo(20261204L);
        assertThat(otherSeed.p50()).isNotEqualTo(first.p50());
    }

    @Test
    void uniformPercentilesMatchTheory() {
        // Uniform on [0.5, 1.5] × 1,000,000: P10 = 600,000, P50 = 1,000,000, P90 = 1,400,000 in theory.
        Map<UncertainInput, Distribution> inputs = Map.of(UncertainInput.REVENUE_FACTOR,
                new Distribution.Uniform(new BigDecimal("0.5"), new BigDecimal("1.5")));

        MonteCarloResult result = simulator.simulate(inputs, millionTimesFactor, 20_000, 42L, 10);

        assertThat(result.p10().amount()).isBetween(new BigDecimal("585000"), new BigDecimal("615000"));
        assertThat(result.p50().amount()).isBetween(new BigDecimal("985000"), new BigDecimal("1015000"));
        assertThat(result.p90().amount()).isBetween(new BigDecimal("1385000"), new BigDecimal("1415000"));
        assertThat(result.pledgeValue()).isEqualTo(result.p10());
        assertThat(result.histogram()).hasSize(10);
        assertThat(result.histogram().stream().mapToInt(MonteCarloResult.HistogramBin::count).sum()).isEqualTo(20_000);
    }

    @Test
    void normalDrawsStayWithinThreeDeviations() {
        Map<UncertainInput, Distribution> inputs = Map.of(UncertainInput.REVENUE_FACTOR,
                new Distribution.Normal(BigDecimal.ONE, new BigDecimal("0.1")));

        MonteCarloResult result = simulator.simulate(inputs, millionTimesFactor, 10_000, 3L, 20);

        assertThat(result.minimum().amount()).isGreaterThanOrEqualTo(new BigDecimal("700000"));
        assertThat(result.maximum().amount()).isLessThanOrEqualTo(new BigDecimal("1300000"));
        assertThat(result.p50().amount()).isBetween(new BigDecimal("990000"), new BigDecimal("1010000"));
    }

    @Test
    void percentileUsesNearestRank() {
        Money[] sorted = new Money[20];
        for (int i = 0; i < 20; i++) {
            sorted[i] = Money.of(BigDecimal.valueOf(i + 1L));
        }

        // ranks ⌈0.1 · 20⌉ = 2, ⌈0.5 · 20⌉ = 10, ⌈0.9 · 20⌉ = 18
        assertThat(MonteCarloSimulator.percentile(sorted, 10)).isEqualTo(Money.of("2"));
        assertThat(MonteCarloSimulator.percentile(sorted, 50)).isEqualTo(Money.of("10"));
        assertThat(MonteCarloSimulator.percentile(sorted, 90)).isEqualTo(Money.of("18"));
    }

    @Test
    void fixedIncomeModelGivesGoldenValue() {
        IncomeApproachInput base = new IncomeApproachInput(List.of(Money.of("10000000"), Money.of("10000000"),
                Money.of("10000000"), Money.of("10000000"), Money.of("10000000")),
                RoyaltyRate.ofRevenue(new BigDecimal("0.03")), new BigDecimal("0.25"),
                DiscountRate.of(new BigDecimal("0.16")), 8);
        ReconciledIncomeModel model = new ReconciledIncomeModel(base, Map.of(),
                Map.of(ValuationApproach.INCOME, BigDecimal.ONE));
        Map<UncertainInput, Distribution> inputs = Map.of(UncertainInput.DISCOUNT_RATE,
                new Distribution.Uniform(new BigDecimal("0.16"), new BigDecimal("0.16")));

        MonteCarloResult result = simulator.simulate(inputs, model, 100, 1L, 5);

        assertThat(result.p10()).isEqualTo(Money.of("736716.07"));
        assertThat(result.p90()).isEqualTo(Money.of("736716.07"));
    }

    @Test
    void fastPathMatchesExactModel() {
        IncomeApproachInput base = new IncomeApproachInput(List.of(Money.of("10000000"), Money.of("12000000.55"),
                Money.of("9000000.01"), Money.of("15000000"), Money.of("8000000.99")),
                RoyaltyRate.ofRevenue(new BigDecimal("0.03")), new BigDecimal("0.25"),
                DiscountRate.of(new BigDecimal("0.16")), 8);
        ReconciledIncomeModel model = new ReconciledIncomeModel(base,
                Map.of(ValuationApproach.MARKET, Money.of("800000.01"), ValuationApproach.COST, Money.of("500000")),
                Map.of(ValuationApproach.INCOME, new BigDecimal("0.55"), ValuationApproach.MARKET,
                        new BigDecimal("0.35"), ValuationApproach.COST, new BigDecimal("0.10")));
        MonteCarloSimulator.ValueModel exactOnly = model::valueOf;
        Map<UncertainInput, Distribution> inputs = Map.of(
                UncertainInput.REVENUE_FACTOR, new Distribution.Triangular(new BigDecimal("0.7"), BigDecimal.ONE,
                        new BigDecimal("1.2")),
                UncertainInput.ROYALTY_RATE, new Distribution.Uniform(new BigDecimal("0.02"), new BigDecimal("0.04")),
                UncertainInput.DISCOUNT_RATE, new Distribution.Normal(new BigDecimal("0.16"), new BigDecimal("0.01")));

        for (long seed = 1; seed <= 5; seed++) {
            MonteCarloResult fast = simulator.simulate(inputs, model, 3_000, seed, 20);
            MonteCarloResult exact = simulator.simulate(inputs, exactOnly, 3_000, seed, 20);

            assertThat(fast).isEqualTo(exact);
        }
    }

    @Test
    void drawRoundingMatchesBigDecimal() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(11L);
        List<Double> draws = new java.util.ArrayList<>(List.of(0.0000005, -0.0000005, 0.1234565, 1.0000015,
                2.5e-7, 9.9999995, -3.0000005, 0.0, 1e-12));
        for (int i = 0; i < 100_000; i++) {
            draws.add((random.nextDouble() - 0.3) * 12);
        }

        for (double draw : draws) {
            long expected = BigDecimal.valueOf(draw).setScale(6, java.math.RoundingMode.HALF_UP).unscaledValue()
                    .longValueExact();
            assertThat(MonteCarloSimulator.roundToMillionths(draw)).as("draw %s", draw).isEqualTo(expected);
        }
    }

    @Test
    void rejectsRateDistributionReachingOne() {
        Map<UncertainInput, Distribution> inputs = Map.of(UncertainInput.ROYALTY_RATE,
                new Distribution.Uniform(new BigDecimal("0.5"), new BigDecimal("1.0")));

        assertThatThrownBy(() -> simulator.simulate(inputs, millionTimesFactor, 1_000, 1L, 10))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::field)
                        .containsExactly("monteCarlo.inputs[ROYALTY_RATE]"));
    }

    @Test
    void rejectsTooFewIterations() {
        assertThatThrownBy(() -> simulator.simulate(Map.of(), millionTimesFactor, 10, 1L, 10))
                .isInstanceOf(InvalidInputException.class);
    }
}
