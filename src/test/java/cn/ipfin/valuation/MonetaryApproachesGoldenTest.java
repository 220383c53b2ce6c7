package cn.ipfin.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.money.Money;

/** Golden values worked out with Python's decimal module. */
class MonetaryApproachesGoldenTest {

    private final CostApproachCalculator cost = new CostApproachCalculator();
    private final MarketApproachCalculator market = new MarketApproachCalculator();
    private final ReconciliationCalculator reconciliation = new ReconciliationCalculator();

    @Test
    void costApproachWithAllFactors() {
        // 1,200,000 × 12/20 × 0.90 × 0.95 = 615,600.00
        CostApproachValuation result = cost.value(new CostApproachInput(Money.of("1200000.00"),
                new BigDecimal("12"), new BigDecimal("8"), new BigDecimal("0.10"), new BigDecimal("0.05")));

        assertThat(result.value()).isEqualTo(Money.of("615600.00"));
        assertThat(result.remainingLifeRatio()).isEqualByComparingTo("0.6");
        assertThat(result.obsolescence()).isEqualByComparingTo("0.487");
    }

    @Test
    void costApproachRoundsHalfUpToFen() {
        // 333,333.33 × 7/11 × 0.95 × 0.97 = 195,469.695015 → 195,469.70
        CostApproachValuation result = cost.value(new CostApproachInput(Money.of("333333.33"),
                new BigDecimal("7"), new BigDecimal("4"), new BigDecimal("0.05"), new BigDecimal("0.03")));

        assertThat(result.value()).isEqualTo(Money.of("195469.70"));
    }

    @Test
    void costApproachRejectsFullObsolescence() {
        assertThatThrownBy(() -> cost.value(new CostApproachInput(Money.of("1000.00"), BigDecimal.ONE,
                BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::field)
                        .containsExactly("cost.functionalObsolescence"));
    }

    @Test
    void marketApproachPlainMean() {
        // 877,800 + 756,000 + 795,600 = 2,429,400; / 3 = 809,800.00
        MarketApproachValuation result = market.value(comparables(null, null, null));

        assertThat(result.adjustedPrices()).containsExactly(Money.of("877800.00"), Money.of("756000.00"),
                Money.of("795600.00"));
        assertThat(result.value()).isEqualTo(Money.of("809800.00"));
        assertThat(result.weighted()).isFalse();
    }

    @Test
    void marketApproachWeightedMean() {
        // 0.5 × 877,800 + 0.3 × 756,000 + 0.2 × 795,600 = 824,820.00
        MarketApproachValuation result = market.value(comparables("0.5", "0.3", "0.2"));

        assertThat(result.value()).isEqualTo(Money.of("824820.00"));
        assertThat(result.weighted()).isTrue();
    }

    @Test
    void marketApproachRejectsPartialWeights() {
        assertThatThrownBy(() -> market.value(comparables("0.5", null, "0.5")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::field).containsExactly("market.weights"));
    }

    @Test
    void reconciledValueRoundsHalfUp() {
        // 0.5 × 736,716.07 + 0.3 × 809,800 + 0.2 × 615,600 = 734,418.035 → 734,418.04
        Money value = reconciliation.reconcile(
                Map.of(ValuationApproach.INCOME, Money.of("736716.07"), ValuationApproach.MARKET,
                        Money.of("809800.00"), ValuationApproach.COST, Money.of("615600.00")),
                Map.of(ValuationApproach.INCOME, new BigDecimal("0.5"), ValuationApproach.MARKET,
                        new BigDecimal("0.3"), ValuationApproach.COST, new BigDecimal("0.2")));

        assertThat(value).isEqualTo(Money.of("734418.04"));
    }

    @Test
    void reconciliationRejectsWeightsNotSummingToOne() {
        assertThatThrownBy(() -> reconciliation.reconcile(Map.of(ValuationApproach.INCOME, Money.of("100.00")),
                Map.of(ValuationApproach.INCOME, new BigDecimal("0.9"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::field).containsExactly("weights"));
    }

    @Test
    void reconciliationRejectsWeightWithoutValue() {
        assertThatThrownBy(() -> reconciliation.reconcile(Map.of(ValuationApproach.INCOME, Money.of("100.00")),
                Map.of(ValuationApproach.INCOME, new BigDecimal("0.5"), ValuationApproach.COST, new BigDecimal("0.5"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::field).containsExactly("weights[COST]"));
    }

    private static List<ComparableTransaction> comparables(String first, String second, String third) {
        return List.of(
                new ComparableTransaction("A", Money.of("800000.00"), new BigDecimal("1.05"), new BigDecimal("0.95"),
                        new BigDecimal("1.10"), BigDecimal.ONE, decimal(first)),
                new ComparableTransaction("B", Money.of("1000000.00"), BigDecimal.ONE, new BigDecimal("1.05"),
                        new BigDecimal("0.90"), new BigDecimal("0.80"), decimal(second)),
                new ComparableTransaction("C", Money.of("650000.00"), new BigDecimal("1.02"), BigDecimal.ONE,
                        new BigDecimal("1.20"), BigDecimal.ONE, decimal(third)));
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
