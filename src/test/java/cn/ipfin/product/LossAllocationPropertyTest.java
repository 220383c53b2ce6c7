package cn.ipfin.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import cn.ipfin.core.money.Money;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;

/**
 * Invariants of the loss allocation for any amount to the fen and any positive ratios. A part differs from its
 * exact share by at most half a fen of rounding plus the one fen that settling the remainder may move.
 */
class LossAllocationPropertyTest {

    private final LossAllocationCalculator calculator = new LossAllocationCalculator();

    @Property
    void partsAddUpToTheAmountExactly(
            @ForAll @BigRange(min = "0", max = "999999999999.99") @Scale(2) BigDecimal amount,
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 1, max = 100) Integer> ratios) {
        List<Money> parts = calculator.allocate(Money.of(amount), ratios.stream().map(BigDecimal::valueOf).toList());

        Money total = parts.stream().reduce(Money.ZERO, Money::plus);
        assertThat(total).isEqualTo(Money.of(amount));
    }

    @Property
    void noPartIsNegativeOrFarFromItsExactShare(
            @ForAll @BigRange(min = "0", max = "99999999.99") @Scale(2) BigDecimal amount,
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 1, max = 100) Integer> ratios) {
        List<Money> parts = calculator.allocate(Money.of(amount), ratios.stream().map(BigDecimal::valueOf).toList());

        BigDecimal total = BigDecimal.valueOf(ratios.stream().mapToInt(Integer::intValue).sum());
        BigDecimal tolerance = new BigDecimal("0.015");
        for (int i = 0; i < parts.size(); i++) {
            BigDecimal exact = amount.multiply(BigDecimal.valueOf(ratios.get(i)))
                    .divide(total, 10, java.math.RoundingMode.HALF_UP);
            assertThat(parts.get(i).isNegative()).isFalse();
            assertThat(parts.get(i).amount().subtract(exact).abs()).isLessThanOrEqualTo(tolerance);
        }
    }
}
