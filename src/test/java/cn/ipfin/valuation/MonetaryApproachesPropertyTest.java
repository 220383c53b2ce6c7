package cn.ipfin.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

import cn.ipfin.core.money.Money;

class MonetaryApproachesPropertyTest {

    private final CostApproachCalculator cost = new CostApproachCalculator();
    private final MonteCarloSimulator simulator = new MonteCarloSimulator();

    @Property
    void costValueNeverExceedsReplacementCost(@ForAll("amounts") BigDecimal replacement,
            @ForAll("lives") BigDecimal remaining, @ForAll("lives") BigDecimal elapsed,
            @ForAll("fractions") BigDecimal functional, @ForAll("fractions") BigDecimal economic) {
        CostApproachValuation result = cost.value(new CostApproachInput(Money.of(replacement), remaining, elapsed,
                functional, economic));

        assertThat(result.value().isNegative()).isFalse();
        assertThat(result.value()).isLessThanOrEqualTo(Money.of(replacement));
    }

    @Property
    void moreElapsedLifeNeverRaisesCostValue(@ForAll("amounts") BigDecimal replacement,
            @ForAll("lives") BigDecimal remaining, @ForAll("lives") BigDecimal first, @ForAll("lives") BigDecimal second) {
        Money younger = cost.value(new CostApproachInput(Money.of(replacement), remaining, first.min(second),
                BigDecimal.ZERO, BigDecimal.ZERO)).value();
        Money older = cost.value(new CostApproachInput(Money.of(replacement), remaining, first.max(second),
                BigDecimal.ZERO, BigDecimal.ZERO)).value();

        assertThat(older).isLessThanOrEqualTo(younger);
    }

    @Property(tries = 30)
    void percentilesAreOrderedWithinRange(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
            @ForAll("fractions") BigDecimal low, @ForAll("fractions") BigDecimal spread) {
        BigDecimal min = low.add(new BigDecimal("0.01"));
        Distribution distribution = new Distribution.Triangular(min, min.add(spread.divide(BigDecimal.valueOf(2))),
                min.add(spread));
        MonteCarloResult result = simulator.simulate(Map.of(UncertainInput.REVENUE_FACTOR, distribution),
                draws -> new BigDecimal("500000").multiply(draws.get(UncertainInput.REVENUE_FACTOR)), 500, seed, 10);

        assertThat(result.minimum()).isLessThanOrEqualTo(result.p10());
        assertThat(result.p10()).isLessThanOrEqualTo(result.p50());
        assertThat(result.p50()).isLessThanOrEqualTo(result.p90());
        assertThat(result.p90()).isLessThanOrEqualTo(result.maximum());
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000000")).ofScale(2);
    }

    @Provide
    Arbitrary<BigDecimal> lives() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.5"), new BigDecimal("20")).ofScale(1);
    }

    @Provide
    Arbitrary<BigDecimal> fractions() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("0.99")).ofScale(2);
    }
}
