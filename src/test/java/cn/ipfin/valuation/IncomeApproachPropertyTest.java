package cn.ipfin.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import cn.ipfin.core.money.Money;

class IncomeApproachPropertyTest {

    private final IncomeApproachCalculator calculator = new IncomeApproachCalculator();

    private IncomeApproachValuation value(List<Money> revenues, BigDecimal royaltyRate, BigDecimal taxRate,
            BigDecimal discountRate) {
        return calculator.value(new IncomeApproachInput(revenues, RoyaltyRate.ofRevenue(royaltyRate), taxRate,
                DiscountRate.of(discountRate), null));
    }

    @Property
    void valueIsNonNegative(@ForAll("revenues") List<Money> revenues, @ForAll("openRates") BigDecimal royaltyRate,
            @ForAll("taxRates") BigDecimal taxRate, @ForAll("openRates") BigDecimal discountRate) {
        IncomeApproachValuation result = value(revenues, royaltyRate, taxRate, discountRate);

        assertThat(result.value().isNegative()).isFalse();
    }

    @Property
    void higherDiscountRateNeverRaisesValue(@ForAll("revenues") List<Money> revenues,
            @ForAll("openRates") BigDecimal royaltyRate, @ForAll("taxRates") BigDecimal taxRate,
            @ForAll("openRates") BigDecimal first, @ForAll("openRates") BigDecimal second) {
        BigDecimal lower = first.min(second);
        BigDecimal higher = first.max(second);

        Money atLower = value(revenues, royaltyRate, taxRate, lower).value();
        Money atHigher = value(revenues, royaltyRate, taxRate, higher).value();

        assertThat(atHigher).isLessThanOrEqualTo(atLower);
    }

    @Property
    void higherRoyaltyRateNeverLowersValue(@ForAll("revenues") List<Money> revenues,
            @ForAll("openRates") BigDecimal first, @ForAll("openRates") BigDecimal second,
            @ForAll("taxRates") BigDecimal taxRate, @ForAll("openRates") BigDecimal discountRate) {
        BigDecimal lower = first.min(second);
        BigDecimal higher = first.max(second);

        Money atLower = value(revenues, lower, taxRate, discountRate).value();
        Money atHigher = value(revenues, higher, taxRate, discountRate).value();

        assertThat(atHigher).isGreaterThanOrEqualTo(atLower);
    }

    @Property
    void roundingDifferenceStaysWithinHalfFenPerRounding(@ForAll("revenues") List<Money> revenues,
            @ForAll("openRates") BigDecimal royaltyRate, @ForAll("taxRates") BigDecimal taxRate,
            @ForAll("openRates") BigDecimal discountRate) {
        IncomeApproachValuation result = value(revenues, royaltyRate, taxRate, discountRate);

        BigDecimal bound = new BigDecimal("0.005").multiply(BigDecimal.valueOf(revenues.size() + 1L));
        assertThat(result.roundingDifference().amount().abs()).isLessThanOrEqualTo(bound);
    }

    /** 1 to 30 yearly revenues from 0 to 1,000,000,000.00 yuan. */
    @Provide
    Arbitrary<List<Money>> revenues() {
        return Arbitraries.longs().between(0L, 100_000_000_000L)
                .map(fen -> Money.of(BigDecimal.valueOf(fen, 2)))
                .list().ofMinSize(1).ofMaxSize(IncomeApproachCalculator.MAX_YEARS);
    }

    /** Rates in (0, 1) in steps of 0.0001. */
    @Provide
    Arbitrary<BigDecimal> openRates() {
        return Arbitraries.integers().between(1, 9_999).map(basisPoints -> BigDecimal.valueOf(basisPoints, 4));
    }

    /** Rates in [0, 1) in steps of 0.0001. */
    @Provide
    Arbitrary<BigDecimal> taxRates() {
        return Arbitraries.integers().between(0, 9_999).map(basisPoints -> BigDecimal.valueOf(basisPoints, 4));
    }
}
