package cn.ipfin.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import cn.ipfin.content.FinancingCostCalculator.Cost;
import cn.ipfin.content.FinancingCostCalculator.Inputs;
import cn.ipfin.core.money.Money;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/** Invariants of the financing cost for any loan, rates and subsidy terms in realistic ranges. */
class FinancingCostPropertyTest {

    private final FinancingCostCalculator calculator = new FinancingCostCalculator();

    @Property
    void totalIsTheSumOfItsPartsAndNeverNegative(
            @ForAll @BigRange(min = "0.01", max = "100000000") @Scale(2) BigDecimal principal,
            @ForAll @IntRange(min = 1, max = 120) int months,
            @ForAll @BigRange(min = "0", max = "0.2") @Scale(4) BigDecimal rate,
            @ForAll @BigRange(min = "0", max = "0.03") @Scale(4) BigDecimal guaranteeRate,
            @ForAll @BigRange(min = "0", max = "0.03") @Scale(4) BigDecimal insuranceRate,
            @ForAll @BigRange(min = "0", max = "1") @Scale(2) BigDecimal share,
            @ForAll @BigRange(min = "0", max = "1000000") @Scale(2) BigDecimal annualCap) {
        Cost cost = calculator.cost(new Inputs(Money.of(principal), months, rate, guaranteeRate, insuranceRate,
                Money.of("5000.00"), share, null, Money.of(annualCap)));

        Money sum = cost.interest().plus(cost.guaranteeFee()).plus(cost.insurancePremium())
                .plus(cost.valuationFee()).minus(cost.subsidy());
        assertThat(cost.total()).isEqualTo(sum);
        assertThat(cost.total().isNegative()).isFalse();
        assertThat(cost.subsidy().compareTo(cost.interest())).isLessThanOrEqualTo(0);
    }

    @Property
    void noSubsidyAboveTheCeiling(
            @ForAll @BigRange(min = "1000", max = "100000000") @Scale(2) BigDecimal principal,
            @ForAll @IntRange(min = 1, max = 120) int months,
            @ForAll @BigRange(min = "0.0421", max = "0.2") @Scale(4) BigDecimal rate) {
        Cost cost = calculator.cost(new Inputs(Money.of(principal), months, rate, BigDecimal.ZERO, BigDecimal.ZERO,
                Money.ZERO, new BigDecimal("0.4"), new BigDecimal("0.042"), Money.of("500000.00")));

        assertThat(cost.subsidy()).isEqualTo(Money.ZERO);
    }
}
