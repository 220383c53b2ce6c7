package cn.ipfin.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.ipfin.core.money.Money;

/**
 * Expected values were computed independently with Python's decimal module at 60 digits:
 * Σ R · K · (1 − tax) / (1 + i)^t, each year and the sum rounded HALF_UP to the fen.
 */
class IncomeApproachCalculatorTest {

    private final IncomeApproachCalculator calculator = new IncomeApproachCalculator();

    private static List<Money> years(int count, String revenue) {
        return Collections.nCopies(count, Money.of(revenue));
    }

    private static IncomeApproachInput input(List<Money> revenues, RoyaltyRate royaltyRate, String taxRate,
            DiscountRate discountRate) {
        return new IncomeApproachInput(revenues, royaltyRate, new BigDecimal(taxRate), discountRate, null);
    }

    private static IncomeApproachInput golden() {
        return input(years(5, "10000000.00"), RoyaltyRate.ofRevenue(new BigDecimal("0.03")), "0.25",
                DiscountRate.of(new BigDecimal("0.16")));
    }

    @Test
    void fiveYearsAtSixteenPercent() {
        IncomeApproachValuation result = calculator.value(golden());

        assertThat(result.value()).isEqualTo(Money.of("736716.07"));
        assertThat(result.years()).extracting(YearlyPresentValue::presentValue).containsExactly(
                Money.of("193965.52"), Money.of("167211.65"), Money.of("144147.98"), Money.of("124265.50"),
                Money.of("107125.43"));
        assertThat(result.years()).extracting(YearlyPresentValue::royaltyIncome)
                .containsOnly(Money.of("225000.00"));
        assertThat(result.years()).extracting(YearlyPresentValue::year).containsExactly(1, 2, 3, 4, 5);
        assertThat(result.roundingDifference()).isEqualTo(Money.of("-0.01"));
        assertThat(result.royaltyRate()).isEqualByComparingTo("0.03");
        assertThat(result.discountRate()).isEqualByComparingTo("0.16");
    }

    @Test
    void shownYearsPlusDifferenceGiveValue() {
        IncomeApproachValuation result = calculator.value(golden());

        Money shownTotal = result.years().stream()
                .map(YearlyPresentValue::presentValue)
                .reduce(Money.ZERO, Money::plus);
        assertThat(shownTotal).isEqualTo(Money.of("736716.08"));
        assertThat(shownTotal.plus(result.roundingDifference())).isEqualTo(result.value());
    }

    @Test
    void fourFactorSplitOfTwelvePercentMargin() {
        IncomeApproachValuation result = calculator.value(input(years(5, "10000000.00"),
                RoyaltyRate.ofProfitSplit(ProfitSplitRule.FOUR_FACTOR, new BigDecimal("0.12")), "0.25",
                DiscountRate.of(new BigDecimal("0.16"))));

        assertThat(result.royaltyRate()).isEqualByComparingTo("0.03");
        assertThat(result.value()).isEqualTo(Money.of("736716.07"));
    }

    @Test
    void builtUpDiscountRate() {
        DiscountRate builtUp = DiscountRate.buildUp(new BigDecimal("0.03"), Map.of(
                RiskPremium.TECHNOLOGY, new BigDecimal("0.05"), RiskPremium.MARKET, new BigDecimal("0.04"),
                RiskPremium.FUNDING, new BigDecimal("0.02"), RiskPremium.MANAGEMENT, new BigDecimal("0.02")));

        IncomeApproachValuation result = calculator.value(input(years(5, "10000000.00"),
                RoyaltyRate.ofRevenue(new BigDecimal("0.03")), "0.25", builtUp));

        assertThat(result.discountRate()).isEqualByComparingTo("0.16");
        assertThat(result.value()).isEqualTo(Money.of("736716.07"));
    }

    @Test
    void threeFactorSplitWithUnevenRevenues() {
        List<Money> revenues = List.of(Money.of("8000000.00"), Money.of("9500000.00"), Money.of("11000000.00"),
                Money.of("12000000.00"));
        DiscountRate builtUp = DiscountRate.buildUp(new BigDecimal("0.025"), Map.of(
                RiskPremium.TECHNOLOGY, new BigDecimal("0.04"), RiskPremium.MARKET, new BigDecimal("0.03"),
                RiskPremium.FUNDING, new BigDecimal("0.02"), RiskPremium.MANAGEMENT, new BigDecimal("0.015")));

        IncomeApproachValuation result = calculator.value(input(revenues,
                RoyaltyRate.ofProfitSplit(ProfitSplitRule.THREE_FACTOR, new BigDecimal("0.10")), "0.15", builtUp));

        assertThat(result.royaltyRate()).isEqualByComparingTo("0.033");
        assertThat(result.discountRate()).isEqualByComparingTo("0.13");
        assertThat(result.years()).extracting(YearlyPresentValue::royaltyIncome).containsExactly(
                Money.of("224400.00"), Money.of("266475.00"), Money.of("308550.00"), Money.of("336600.00"));
        assertThat(result.years()).extracting(YearlyPresentValue::presentValue).containsExactly(
                Money.of("198584.07"), Money.of("208689.01"), Money.of("213840.63"), Money.of("206443.08"));
        assertThat(result.value()).isEqualTo(Money.of("827556.79"));
        assertThat(result.roundingDifference()).isEqualTo(Money.ZERO);
    }

    @Test
    void oneYearWithoutTax() {
        IncomeApproachValuation result = calculator.value(input(years(1, "1000000.00"),
                RoyaltyRate.ofRevenue(new BigDecimal("0.05")), "0", DiscountRate.of(new BigDecimal("0.10"))));

        assertThat(result.value()).isEqualTo(Money.of("45454.55"));
    }

    @Test
    void thirtyYearsAreAccepted() {
        IncomeApproachValuation result = calculator.value(input(years(30, "1000000.00"),
                RoyaltyRate.ofRevenue(new BigDecimal("0.02")), "0.25", DiscountRate.of(new BigDecimal("0.12"))));

        assertThat(result.years()).hasSize(30);
        assertThat(result.value()).isEqualTo(Money.of("120827.76"));
        assertThat(result.roundingDifference()).isEqualTo(Money.of("0.01"));
    }

    @Test
    void zeroRevenuesGiveZero() {
        IncomeApproachValuation result = calculator.value(input(years(3, "0.00"),
                RoyaltyRate.ofRevenue(new BigDecimal("0.03")), "0.25", DiscountRate.of(new BigDecimal("0.16"))));

        assertThat(result.value()).isEqualTo(Money.ZERO);
        assertThat(result.roundingDifference()).isEqualTo(Money.ZERO);
    }

    @Test
    void forecastWithinRemainingTermIsAccepted() {
        IncomeApproachInput base = golden();
        IncomeApproachInput input = new IncomeApproachInput(base.annualRevenues(), base.royaltyRate(),
                base.taxRate(), base.discountRate(), 5);

        assertThat(calculator.value(input).value()).isEqualTo(Money.of("736716.07"));
    }
}
