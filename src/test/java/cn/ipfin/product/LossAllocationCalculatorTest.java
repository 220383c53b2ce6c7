package cn.ipfin.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import cn.ipfin.core.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden cases of the loss allocation. Each part is amount × ratio ÷ total rounded HALF_UP to the fen, worked
 * out by hand (for example 999.99 × 0.54 = 539.9946 → 539.99); the rounding remainder goes fen by fen to the
 * largest ratio first.
 */
class LossAllocationCalculatorTest {

    private final LossAllocationCalculator calculator = new LossAllocationCalculator();

    @ParameterizedTest(name = "{0} by {1} -> {2}")
    @CsvSource(delimiter = ';', value = {
            "1000000.00; 54,26,16,4; 540000.00,260000.00,160000.00,40000.00",
            "1000000.01; 54,26,16,4; 540000.01,260000.00,160000.00,40000.00",
            "999.99; 54,26,16,4; 539.99,260.00,160.00,40.00",
            "0.07; 4,16,26,54; 0.00,0.01,0.02,0.04",
            "100.00; 1,1,1; 33.34,33.33,33.33",
            "100.00; 80,20; 80.00,20.00",
            "10.00; 1,2; 3.33,6.67",
            "0.05; 1,1,1,1,1,1,1,1,1,1; 0.00,0.00,0.00,0.00,0.00,0.01,0.01,0.01,0.01,0.01",
            "0.00; 54,26,16,4; 0.00,0.00,0.00,0.00"})
    void allocatesToTheFen(String amount, String ratios, String expected) {
        List<Money> parts = calculator.allocate(Money.of(amount), decimals(ratios));

        assertThat(parts).extracting(Money::toString).containsExactly(expected.split(","));
    }

    @Test
    void zhongshanRatiosSplitOneMillion() {
        List<Money> parts = calculator.allocate(Money.of("1000000"), decimals("54,26,16,4"));

        assertThat(parts).containsExactly(Money.of("540000"), Money.of("260000"), Money.of("160000"),
                Money.of("40000"));
    }

    @Test
    void rejectsNegativeLoss() {
        assertThatThrownBy(() -> calculator.allocate(Money.of("-1.00"), decimals("50,50")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1.00");
    }

    @Test
    void rejectsZeroRatio() {
        assertThatThrownBy(() -> calculator.allocate(Money.of("1.00"), decimals("100,0")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsMissingRatios() {
        assertThatThrownBy(() -> calculator.allocate(Money.of("1.00"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<BigDecimal> decimals(String values) {
        return Arrays.stream(values.split(",")).map(BigDecimal::new).toList();
    }
}
