package cn.ipfin.valuation.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.InvalidInputException.Violation;
import cn.ipfin.core.money.Money;
import cn.ipfin.valuation.DiscountRate;
import cn.ipfin.valuation.IncomeApproachInput;
import cn.ipfin.valuation.ProfitSplitRule;
import cn.ipfin.valuation.RiskPremium;
import cn.ipfin.valuation.RoyaltyRate;

/**
 * Request body of an income-approach preview. Rates are fractions ({@code 0.03} is 3 %) and revenues are yuan
 * with at most two decimal places.
 *
 * <p>K is either {@code royaltyRate}, or {@code profitMargin} with either {@code profitShare} or
 * {@code profitSplitRule}. The discount rate is either {@code discountRate}, or {@code riskFreeRate} plus the
 * optional {@code riskPremiums}. Jackson reads every decimal straight into {@link BigDecimal} from the JSON
 * text, so no digit passes through {@code double}.
 */
public record IncomeApproachRequest(
        @NotEmpty(message = "{valuation.income.annualRevenues.size}")
        @Size(max = 30, message = "{valuation.income.annualRevenues.size}")
        List<@NotNull(message = "{valuation.income.annualRevenues.invalid}")
            @DecimalMin(value = "0", message = "{valuation.income.annualRevenues.invalid}")
            @Digits(integer = 15, fraction = 2, message = "{valuation.income.annualRevenues.invalid}")
            BigDecimal> annualRevenues,

        @DecimalMin(value = "0", inclusive = false, message = "{valuation.income.royaltyRate.invalid}")
        @DecimalMax(value = "1", inclusive = false, message = "{valuation.income.royaltyRate.invalid}")
        BigDecimal royaltyRate,

        @DecimalMin(value = "0", inclusive = false, message = "{valuation.income.profitShare.invalid}")
        @DecimalMax(value = "1", inclusive = false, message = "{valuation.income.profitShare.invalid}")
        BigDecimal profitShare,

        ProfitSplitRule profitSplitRule,

        @DecimalMin(value = "0", inclusive = false, message = "{valuation.income.profitMargin.invalid}")
        @DecimalMax(value = "1", inclusive = false, message = "{valuation.income.profitMargin.invalid}")
        BigDecimal profitMargin,

        @NotNull(message = "{valuation.income.taxRate.required}")
        @DecimalMin(value = "0", message = "{valuation.income.taxRate.invalid}")
        @DecimalMax(value = "1", inclusive = false, message = "{valuation.income.taxRate.invalid}")
        BigDecimal taxRate,

        @DecimalMin(value = "0", inclusive = false, message = "{valuation.income.discountRate.invalid}")
        @DecimalMax(value = "1", inclusive = false, message = "{valuation.income.discountRate.invalid}")
        BigDecimal discountRate,

        @DecimalMin(value = "0", message = "{valuation.income.riskFreeRate.invalid}")
        @DecimalMax(value = "1", inclusive = false, message = "{valuation.income.riskFreeRate.invalid}")
        BigDecimal riskFreeRate,

        Map<RiskPremium, @NotNull(message = "{valuation.income.riskPremiums.invalid}")
            @DecimalMin(value = "0", message = "{valuation.income.riskPremiums.invalid}")
            @DecimalMax(value = "1", inclusive = false, message = "{valuation.income.riskPremiums.invalid}")
            BigDecimal> riskPremiums,

        @Min(value = 1, message = "{valuation.income.remainingTermYears.invalid}")
        Integer remainingTermYears) {

    /**
     * Converts a request that passed Bean Validation into calculator input.
     *
     * @throws InvalidInputException if K or the discount rate is missing or given in two ways at once
     */
    public IncomeApproachInput toInput() {
        List<Violation> violations = new ArrayList<>();
        RoyaltyRate royalty = toRoyaltyRate(violations);
        DiscountRate discount = toDiscountRate(violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        List<Money> revenues = annualRevenues.stream().map(Money::of).toList();
        return new IncomeApproachInput(revenues, royalty, taxRate, discount, remainingTermYears);
    }

    private RoyaltyRate toRoyaltyRate(List<Violation> violations) {
        boolean profitSplitGiven = profitShare != null || profitSplitRule != null || profitMargin != null;
        if (royaltyRate != null) {
            if (profitSplitGiven) {
                violations.add(new Violation("royaltyRate", "valuation.income.royaltyRate.conflict"));
            }
            return RoyaltyRate.ofRevenue(royaltyRate);
        }
        if (profitShare != null && profitSplitRule != null) {
            violations.add(new Violation("profitShare", "valuation.income.profitShare.conflict"));
            return null;
        }
        if (profitMargin == null || (profitShare == null && profitSplitRule == null)) {
            violations.add(new Violation("royaltyRate", "valuation.income.royaltyRate.required"));
            return null;
        }
        return profitSplitRule != null ? RoyaltyRate.ofProfitSplit(profitSplitRule, profitMargin)
                : RoyaltyRate.ofProfitSplit(profitShare, profitMargin);
    }

    private DiscountRate toDiscountRate(List<Violation> violations) {
        boolean buildUpGiven = riskFreeRate != null || (riskPremiums != null && !riskPremiums.isEmpty());
        if (discountRate != null) {
            if (buildUpGiven) {
                violations.add(new Violation("discountRate", "valuation.income.discountRate.conflict"));
            }
            return DiscountRate.of(discountRate);
        }
        if (riskFreeRate == null) {
            violations.add(new Violation("discountRate", "valuation.income.discountRate.required"));
            return null;
        }
        return DiscountRate.buildUp(riskFreeRate, riskPremiums == null ? Map.of() : riskPremiums);
    }
}
