package cn.ipfin.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import cn.ipfin.core.money.Money;
import cn.ipfin.product.LossAllocationCalculator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class RecoveryAllocationCalculatorTest {

    private final RecoveryAllocationCalculator calculator = new RecoveryAllocationCalculator();

    private static List<Money> money(String... amounts) {
        return java.util.Arrays.stream(amounts).map(Money::of).toList();
    }

    @Test
    void zhongshanLossSharesByRatio() {
        // 1,000,000 × 54 / 100 = 540,000; × 26 / 100 = 260,000; × 16 / 100 = 160,000; × 4 / 100 = 40,000.
        List<Money> shares = new LossAllocationCalculator().allocate(Money.of("1000000.00"),
                List.of(new BigDecimal("54"), new BigDecimal("26"), new BigDecimal("16"), new BigDecimal("4")));

        assertThat(shares).containsExactlyElementsOf(money("540000.00", "260000.00", "160000.00", "40000.00"));
    }

    @Test
    void lossIsExposureLessRecoveries() {
        // 800,000.00 + 12,345.67 + 1,000.33 - 13,346.00 = 800,000.00
        Money loss = DefaultCase.lossOf(Money.of("800000.00"), Money.of("12345.67"), Money.of("1000.33"),
                Money.of("13346.00"));

        assertThat(loss).isEqualTo(Money.of("800000.00"));
    }

    @Test
    void lossWithZeroRecoveriesIsWholeExposure() {
        Money loss = DefaultCase.lossOf(Money.of("1000000.00"), Money.of("3750.00"), Money.of("56.25"), Money.ZERO);

        assertThat(loss).isEqualTo(Money.of("1003806.25"));
    }

    @Test
    void lossNeverBelowZeroWhenRecoveriesExceedExposure() {
        Money loss = DefaultCase.lossOf(Money.of("100.00"), Money.ZERO, Money.ZERO, Money.of("150.00"));

        assertThat(loss).isEqualTo(Money.ZERO);
    }

    @Test
    void proceedsSharedInProportionToLossesBorne() {
        // 600,000 of a 1,000,000 loss is 60 %: 540,000 × 0.6 = 324,000; 260,000 × 0.6 = 156,000; 160,000 × 0.6 =
        // 96,000; 40,000 × 0.6 = 24,000.
        RecoveryAllocationCalculator.Allocation allocation = calculator.allocate(Money.of("600000.00"),
                money("540000.00", "260000.00", "160000.00", "40000.00"));

        assertThat(allocation.parts()).containsExactlyElementsOf(money("324000.00", "156000.00", "96000.00",
                "24000.00"));
        assertThat(allocation.surplus()).isEqualTo(Money.ZERO);
    }

    @Test
    void proceedsRemainderGoesToLargestLossFirst() {
        // 100.00 over three equal losses of 50.00: 33.333… each rounds to 33.33, which leaves 0.01 for the first.
        RecoveryAllocationCalculator.Allocation allocation = calculator.allocate(Money.of("100.00"),
                money("50.00", "50.00", "50.00"));

        assertThat(allocation.parts()).containsExactlyElementsOf(money("33.34", "33.33", "33.33"));
    }

    @Test
    void proceedsAboveTotalLossLeaveSurplusToPledgor() {
        // Every party gets its whole loss back (1,000,000 in all); 1,200,000 - 1,000,000 = 200,000 to the pledgor.
        RecoveryAllocationCalculator.Allocation allocation = calculator.allocate(Money.of("1200000.00"),
                money("540000.00", "260000.00", "160000.00", "40000.00"));

        assertThat(allocation.parts()).containsExactlyElementsOf(money("540000.00", "260000.00", "160000.00",
                "40000.00"));
        assertThat(allocation.surplus()).isEqualTo(Money.of("200000.00"));
    }

    @Test
    void proceedsLargerThanOnePartysLossStayCapped() {
        // 90.00 over losses of 0.01 and 99.99: 90 × 0.01 / 100 = 0.009 rounds to 0.01, the whole of that loss;
        // 90 × 99.99 / 100 = 89.991 rounds to 89.99. Neither exceeds its loss and the parts add up to 90.00.
        RecoveryAllocationCalculator.Allocation allocation = calculator.allocate(Money.of("90.00"),
                money("0.01", "99.99"));

        assertThat(allocation.parts()).containsExactlyElementsOf(money("0.01", "89.99"));
    }

    @Test
    void noProceedsGiveNobodyAnything() {
        RecoveryAllocationCalculator.Allocation allocation = calculator.allocate(Money.ZERO,
                money("540000.00", "460000.00"));

        assertThat(allocation.parts()).containsExactlyElementsOf(money("0.00", "0.00"));
        assertThat(allocation.surplus()).isEqualTo(Money.ZERO);
    }

    @Test
    void partyWithoutLossGetsNothing() {
        RecoveryAllocationCalculator.Allocation allocation = calculator.allocate(Money.of("10.00"),
                money("0.00", "20.00"));

        assertThat(allocation.parts()).containsExactlyElementsOf(money("0.00", "10.00"));
    }

    @Test
    void negativeProceedsAreRefused() {
        assertThatThrownBy(() -> calculator.allocate(Money.of("-1.00"), money("1.00")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void partsAddUpAndNeverExceedLoss(@ForAll @LongRange(min = 0, max = 500_000_000L) long proceedsFen,
            @ForAll @Size(min = 1, max = 5) List<@IntRange(min = 0, max = 100_000_000) Integer> lossesFen) {
        Money proceeds = Money.of(BigDecimal.valueOf(proceedsFen, 2));
        List<Money> losses = lossesFen.stream().map(fen -> Money.of(BigDecimal.valueOf(fen, 2))).toList();

        RecoveryAllocationCalculator.Allocation allocation = calculator.allocate(proceeds, losses);

        Money total = allocation.parts().stream().reduce(Money.ZERO, Money::plus).plus(allocation.surplus());
        assertThat(total).isEqualTo(proceeds);
        for (int i = 0; i < losses.size(); i++) {
            assertThat(allocation.parts().get(i).isNegative()).isFalse();
            assertThat(allocation.parts().get(i)).isLessThanOrEqualTo(losses.get(i));
        }
    }
}
