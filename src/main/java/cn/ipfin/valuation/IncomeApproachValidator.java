package cn.ipfin.valuation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.InvalidInputException.Violation;
import cn.ipfin.core.money.Money;

/**
 * Checks income-approach inputs and reports every invalid field at once, named as in the REST request.
 *
 * <p>Revenues must be 1 to 30 non-negative amounts, and no more years than the remaining term. K, a profit
 * share, a profit margin and i must lie in (0, 1). The tax rate, the risk-free rate and each premium must
 * lie in [0, 1).
 */
final class IncomeApproachValidator {

    private IncomeApproachValidator() {
    }

    static void validate(IncomeApproachInput input, int maxYears) {
        List<Violation> violations = new ArrayList<>();
        checkRevenues(input, maxYears, violations);
        checkRoyaltyRate(input.royaltyRate(), violations);
        if (!isInRange(input.taxRate(), true)) {
            violations.add(new Violation("taxRate", "valuation.income.taxRate.invalid"));
        }
        checkDiscountRate(input.discountRate(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static void checkRevenues(IncomeApproachInput input, int maxYears, List<Violation> violations) {
        List<Money> revenues = input.annualRevenues();
        if (revenues == null || revenues.isEmpty() || revenues.size() > maxYears) {
            violations.add(new Violation("annualRevenues", "valuation.income.annualRevenues.size"));
            return;
        }
        for (int i = 0; i < revenues.size(); i++) {
            if (revenues.get(i) == null || revenues.get(i).isNegative()) {
                violations.add(new Violation("annualRevenues[" + i + "]", "valuation.income.annualRevenues.invalid"));
            }
        }
        Integer remainingTerm = input.remainingTermYears();
        if (remainingTerm != null && remainingTerm < 1) {
            violations.add(new Violation("remainingTermYears", "valuation.income.remainingTermYears.invalid"));
        } else if (remainingTerm != null && revenues.size() > remainingTerm) {
            violations.add(new Violation("annualRevenues", "valuation.income.annualRevenues.beyondTerm",
                    revenues.size(), remainingTerm));
        }
    }

    private static void checkRoyaltyRate(RoyaltyRate royaltyRate, List<Violation> violations) {
        if (royaltyRate instanceof RoyaltyRate.ProfitSplit split) {
            if (!isInRange(split.profitShare(), false)) {
                violations.add(new Violation("profitShare", "valuation.income.profitShare.invalid"));
            }
            if (!isInRange(split.profitMargin(), false)) {
                violations.add(new Violation("profitMargin", "valuation.income.profitMargin.invalid"));
            }
        } else if (royaltyRate == null || !isInRange(royaltyRate.rate(), false)) {
            violations.add(new Violation("royaltyRate", "valuation.income.royaltyRate.invalid"));
        }
    }

    private static void checkDiscountRate(DiscountRate discountRate, List<Violation> violations) {
        if (discountRate instanceof DiscountRate.BuildUp buildUp) {
            checkBuildUp(buildUp, violations);
        } else if (discountRate == null || !isInRange(discountRate.rate(), false)) {
            violations.add(new Violation("discountRate", "valuation.income.discountRate.invalid"));
        }
    }

    private static void checkBuildUp(DiscountRate.BuildUp buildUp, List<Violation> violations) {
        int before = violations.size();
        if (!isInRange(buildUp.riskFreeRate(), true)) {
            violations.add(new Violation("riskFreeRate", "valuation.income.riskFreeRate.invalid"));
        }
        for (Map.Entry<RiskPremium, BigDecimal> premium : buildUp.premiums().entrySet()) {
            if (!isInRange(premium.getValue(), true)) {
                violations.add(new Violation("riskPremiums[" + premium.getKey() + "]",
                        "valuation.income.riskPremiums.invalid"));
            }
        }
        if (violations.size() == before && !isInRange(buildUp.rate(), false)) {
            violations.add(new Violation("discountRate", "valuation.income.discountRate.buildUpInvalid",
                    buildUp.rate()));
        }
    }

    /** Returns whether {@code rate} lies in (0, 1), or in [0, 1) when {@code zeroAllowed}. */
    private static boolean isInRange(BigDecimal rate, boolean zeroAllowed) {
        if (rate == null || rate.compareTo(BigDecimal.ONE) >= 0) {
            return false;
        }
        return zeroAllowed ? rate.signum() >= 0 : rate.signum() > 0;
    }
}
