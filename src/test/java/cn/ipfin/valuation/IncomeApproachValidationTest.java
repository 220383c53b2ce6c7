package cn.ipfin.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.InvalidInputException.Violation;
import cn.ipfin.core.money.Money;

class IncomeApproachValidationTest {

    private final IncomeApproachCalculator calculator = new IncomeApproachCalculator();

    private static IncomeApproachInput input(int years, String royaltyRate, String taxRate, String discountRate,
            Integer remainingTermYears) {
        return new IncomeApproachInput(Collections.nCopies(years, Money.of("1000000.00")),
                RoyaltyRate.ofRevenue(new BigDecimal(royaltyRate)), new BigDecimal(taxRate),
                DiscountRate.of(new BigDecimal(discountRate)), remainingTermYears);
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertRejected(IncomeApproachInput input) {
        return assertThatThrownBy(() -> calculator.value(input)).isInstanceOf(InvalidInputException.class);
    }

    private static List<Violation> violations(Throwable thrown) {
        return ((InvalidInputException) thrown).violations();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "-0.01", "1.5"})
    void royaltyRateOutsideOpenUnitIsRejected(String royaltyRate) {
        assertRejected(input(5, royaltyRate, "0.25", "0.16", null))
                .satisfies(thrown -> assertThat(violations(thrown))
                        .extracting(Violation::field, Violation::messageKey)
                        .containsExactly(tuple("royaltyRate", "valuation.income.royaltyRate.invalid")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "1.2", "-0.01"})
    void taxRateOutsideHalfOpenUnitIsRejected(String taxRate) {
        assertRejected(input(5, "0.03", taxRate, "0.16", null))
                .satisfies(thrown -> assertThat(violations(thrown))
                        .extracting(Violation::field, Violation::messageKey)
                        .containsExactly(tuple("taxRate", "valuation.income.taxRate.invalid")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "-0.05", "2"})
    void discountRateOutsideOpenUnitIsRejected(String discountRate) {
        assertRejected(input(5, "0.03", "0.25", discountRate, null))
                .satisfies(thrown -> assertThat(violations(thrown))
                        .extracting(Violation::field, Violation::messageKey)
                        .containsExactly(tuple("discountRate", "valuation.income.discountRate.invalid")));
    }

    @Test
    void boundaryRatesInsideRangeAreAccepted() {
        assertThatCode(() -> calculator.value(input(1, "0.9999", "0", "0.0001", null))).doesNotThrowAnyException();
        assertThatCode(() -> calculator.value(input(1, "0.0001", "0.9999", "0.9999", null)))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 31})
    void yearCountOutsideOneToThirtyIsRejected(int years) {
        assertRejected(input(years, "0.03", "0.25", "0.16", null))
                .satisfies(thrown -> assertThat(violations(thrown))
                        .extracting(Violation::field, Violation::messageKey)
                        .containsExactly(tuple("annualRevenues", "valuation.income.annualRevenues.size")));
    }

    @Test
    void negativeRevenueIsRejectedByIndex() {
        List<Money> revenues = new ArrayList<>(Collections.nCopies(3, Money.of("1000000.00")));
        revenues.set(1, Money.of("-0.01"));
        IncomeApproachInput input = new IncomeApproachInput(revenues, RoyaltyRate.ofRevenue(new BigDecimal("0.03")),
                new BigDecimal("0.25"), DiscountRate.of(new BigDecimal("0.16")), null);

        assertRejected(input)
                .satisfies(thrown -> assertThat(violations(thrown))
                        .extracting(Violation::field, Violation::messageKey)
                        .containsExactly(tuple("annualRevenues[1]", "valuation.income.annualRevenues.invalid")));
    }

    @Test
    void forecastBeyondRemainingTermIsRejected() {
        assertRejected(input(5, "0.03", "0.25", "0.16", 4))
                .satisfies(thrown -> {
                    Violation violation = violations(thrown).get(0);
                    assertThat(violation.field()).isEqualTo("annualRevenues");
                    assertThat(violation.messageKey())
                            .isEqualTo("valuation.income.annualRevenues.beyondTerm");
                    assertThat(violation.arguments()).containsExactly(5, 4);
                });
    }

    @Test
    void remainingTermBelowOneIsRejected() {
        assertRejected(input(1, "0.03", "0.25", "0.16", 0))
                .satisfies(thrown -> assertThat(violations(thrown))
                        .extracting(Violation::field, Violation::messageKey)
                        .containsExactly(tuple("remainingTermYears", "valuation.income.remainingTermYears.invalid")));
    }

    @Test
    void profitSplitPartsAreChecked() {
        IncomeApproachInput input = new IncomeApproachInput(Collections.nCopies(2, Money.of("1000.00")),
                RoyaltyRate.ofProfitSplit(BigDecimal.ONE, BigDecimal.ZERO), new BigDecimal("0.25"),
                DiscountRate.of(new BigDecimal("0.16")), null);

        assertRejected(input)
                .satisfies(thrown -> assertThat(violations(thrown))
                        .extracting(Violation::field, Violation::messageKey)
                        .containsExactly(tuple("profitShare", "valuation.income.profitShare.invalid"),
                                tuple("profitMargin", "valuation.income.profitMargin.invalid")));
    }

    @Test
    void builtUpRateOfOneIsRejected() {
        IncomeApproachInput input = new IncomeApproachInput(Collections.nCopies(2, Money.of("1000.00")),
                RoyaltyRate.ofRevenue(new BigDecimal("0.03")), new BigDecimal("0.25"),
                DiscountRate.buildUp(new BigDecimal("0.5"), Map.of(RiskPremium.TECHNOLOGY, new BigDecimal("0.5"))),
                null);

        assertRejected(input)
                .satisfies(thrown -> {
                    Violation violation = violations(thrown).get(0);
                    assertThat(violation.field()).isEqualTo("discountRate");
                    assertThat(violation.messageKey())
                            .isEqualTo("valuation.income.discountRate.buildUpInvalid");
                    assertThat((BigDecimal) violation.arguments()[0])
                            .isEqualByComparingTo("1");
                });
    }

    @Test
    void invalidBuildUpPartsAreNamed() {
        IncomeApproachInput input = new IncomeApproachInput(Collections.nCopies(2, Money.of("1000.00")),
                RoyaltyRate.ofRevenue(new BigDecimal("0.03")), new BigDecimal("0.25"),
                DiscountRate.buildUp(new BigDecimal("-0.01"), Map.of(RiskPremium.MARKET, new BigDecimal("1"))),
                null);

        assertRejected(input)
                .satisfies(thrown -> assertThat(violations(thrown))
                        .extracting(Violation::field, Violation::messageKey)
                        .containsExactly(tuple("riskFreeRate", "valuation.income.riskFreeRate.invalid"),
                                tuple("riskPremiums[MARKET]", "valuation.income.riskPremiums.invalid")));
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        assertRejected(input(31, "0", "1", "0", null))
                .satisfies(thrown -> assertThat(violations(thrown))
                        .extracting(Violation::field)
                        .containsExactly("annualRevenues", "royaltyRate", "taxRate", "discountRate"));
    }
}
