package cn.ipfin.valuation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.InvalidInputException.Violation;
import cn.ipfin.core.money.Money;

/**
 * Values IP by the cost approach (成本法): value = replacement cost × (1 − obsolescence).
 *
 * <p>The obsolescence rate (贬值率) combines three factors multiplicatively: 1 − obsolescence = r × (1 − f) ×
 * (1 − e), where r = remaining life / (elapsed + remaining life) is the remaining-life ratio (成新率), f the
 * functional and e the economic obsolescence, all fractions. Example: 1,200,000 yuan with 12 of 20 years left,
 * f = 10 % and e = 5 % gives 1,200,000 × 0.6 × 0.9 × 0.95 = 615,600.00 yuan.
 *
 * <p>Rounding: the value is computed exactly and rounded HALF_UP to the fen; the ratio and the obsolescence
 * shown are rounded HALF_UP to 6 decimals. Lives are in years and may have decimals.
 */
public final class CostApproachCalculator {

    private static final MathContext PRECISION = MathContext.DECIMAL128;

    /**
     * Computes the cost-approach value.
     *
     * @throws InvalidInputException naming each invalid field: a negative or missing cost, a remaining life not
     *                               above 0, a negative elapsed life, or an obsolescence outside [0, 1)
     */
    public CostApproachValuation value(CostApproachInput input) {
        Objects.requireNonNull(input, "input must not be null");
        validate(input);

        BigDecimal totalLife = input.remainingLifeYears().add(input.elapsedLifeYears());
        BigDecimal ratio = input.remainingLifeYears().divide(totalLife, PRECISION);
        BigDecimal retained = ratio.multiply(BigDecimal.ONE.subtract(input.functionalObsolescence()))
                .multiply(BigDecimal.ONE.subtract(input.economicObsolescence()));
        Money value = Money.ofRounded(input.replacementCost().amount().multiply(retained), RoundingMode.HALF_UP);

        return new CostApproachValuation(value, ratio.setScale(6, RoundingMode.HALF_UP),
                BigDecimal.ONE.subtract(retained).setScale(6, RoundingMode.HALF_UP));
    }

    private static void validate(CostApproachInput input) {
        List<Violation> violations = new ArrayList<>();
        if (input.replacementCost() == null || input.replacementCost().isNegative()) {
            violations.add(new Violation("cost.replacementCost", "valuation.cost.replacementCost.invalid"));
        }
        if (input.remainingLifeYears() == null || input.remainingLifeYears().signum() <= 0) {
            violations.add(new Violation("cost.remainingLifeYears", "valuation.cost.remainingLifeYears.invalid"));
        }
        if (input.elapsedLifeYears() == null || input.elapsedLifeYears().signum() < 0) {
            violations.add(new Violation("cost.elapsedLifeYears", "valuation.cost.elapsedLifeYears.invalid"));
        }
        if (!isFraction(input.functionalObsolescence())) {
            violations.add(new Violation("cost.functionalObsolescence", "valuation.cost.obsolescence.invalid"));
        }
        if (!isFraction(input.economicObsolescence())) {
            violations.add(new Violation("cost.economicObsolescence", "valuation.cost.obsolescence.invalid"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    static boolean isFraction(BigDecimal rate) {
        return rate != null && rate.signum() >= 0 && rate.compareTo(BigDecimal.ONE) < 0;
    }
}
