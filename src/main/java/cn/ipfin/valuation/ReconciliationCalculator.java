package cn.ipfin.valuation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.InvalidInputException.Violation;
import cn.ipfin.core.money.Money;

/**
 * Reconciles the values of several approaches into one (评估结论): value = Σ wₐ · valueₐ over the approaches
 * used, with stated weights that must sum to exactly 1. An approach with a weight must have a value.
 *
 * <p>Rounding: the weighted sum is exact and rounded HALF_UP to the fen.
 */
public final class ReconciliationCalculator {

    /**
     * Computes the reconciled value.
     *
     * @throws InvalidInputException when a weight is negative, has no value, or the weights do not sum to 1
     */
    public Money reconcile(Map<ValuationApproach, Money> values, Map<ValuationApproach, BigDecimal> weights) {
        validate(values.keySet(), weights);
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<ValuationApproach, BigDecimal> weight : weights.entrySet()) {
            if (weight.getValue().signum() == 0) {
                continue;
            }
            sum = sum.add(values.get(weight.getKey()).amount().multiply(weight.getValue()));
        }
        return Money.ofRounded(sum, RoundingMode.HALF_UP);
    }

    /** Checks the weights against the approaches that have a value, naming each problem. */
    public void validate(Set<ValuationApproach> valued, Map<ValuationApproach, BigDecimal> weights) {
        List<Violation> violations = new ArrayList<>();
        if (weights == null || weights.isEmpty()) {
            throw InvalidInputException.of("weights", "valuation.reconcile.weights.sum");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<ValuationApproach, BigDecimal> weight : weights.entrySet()) {
            if (weight.getValue() == null || weight.getValue().signum() < 0) {
                violations.add(new Violation("weights[" + weight.getKey() + "]", "valuation.reconcile.weight.invalid"));
                continue;
            }
            if (!valued.contains(weight.getKey()) && weight.getValue().signum() > 0) {
                violations.add(new Violation("weights[" + weight.getKey() + "]", "valuation.reconcile.weight.noValue",
                        weight.getKey()));
            }
            sum = sum.add(weight.getValue());
        }
        if (violations.isEmpty() && sum.compareTo(BigDecimal.ONE) != 0) {
            violations.add(new Violation("weights", "valuation.reconcile.weights.sum", sum.toPlainString()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
