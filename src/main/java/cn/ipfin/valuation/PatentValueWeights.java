package cn.ipfin.valuation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.InvalidInputException.Violation;

/**
 * One version of the weights of the patent value index: α, β, γ for the three degrees and the weight of each
 * indicator within its degree.
 *
 * @param version          version number of the weight set, stated in every result that uses it
 * @param degreeWeights    α (legal), β (technical) and γ (economic); they must sum to 1
 * @param indicatorWeights weight of each indicator within its degree; the weights of one degree must sum to 1
 */
public record PatentValueWeights(int version, Map<ValueDegree, BigDecimal> degreeWeights,
        Map<ValueIndicator, BigDecimal> indicatorWeights) {

    public PatentValueWeights {
        degreeWeights = Collections.unmodifiableMap(new EnumMap<>(degreeWeights));
        indicatorWeights = Collections.unmodifiableMap(new EnumMap<>(indicatorWeights));
    }

    /** Returns the weight of one degree (α, β or γ). */
    public BigDecimal weightOf(ValueDegree degree) {
        return degreeWeights.get(degree);
    }

    /** Returns the weight of one indicator within its degree. */
    public BigDecimal weightOf(ValueIndicator indicator) {
        return indicatorWeights.get(indicator);
    }

    /**
     * Checks that every weight is given and non-negative and that each group sums to exactly 1.
     *
     * @throws InvalidInputException naming each degree whose weights are missing, negative or do not sum to 1
     */
    public void validate() {
        List<Violation> violations = new ArrayList<>();
        if (!sumsToOne(new ArrayList<>(degreeWeights.values()), ValueDegree.values().length)) {
            violations.add(new Violation("degreeWeights", "valuation.pvd.weights.degreeSum"));
        }
        for (ValueDegree degree : ValueDegree.values()) {
            List<BigDecimal> weights = new ArrayList<>();
            int expected = 0;
            for (ValueIndicator indicator : ValueIndicator.values()) {
                if (indicator.degree() == degree) {
                    expected++;
                    if (indicatorWeights.get(indicator) != null) {
                        weights.add(indicatorWeights.get(indicator));
                    }
                }
            }
            if (!sumsToOne(weights, expected)) {
                violations.add(new Violation("indicatorWeights[" + degree + "]", "valuation.pvd.weights.indicatorSum",
                        degree));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static boolean sumsToOne(List<BigDecimal> weights, int expectedCount) {
        if (weights.size() != expectedCount || weights.stream().anyMatch(w -> w == null || w.signum() < 0)) {
            return false;
        }
        return weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(BigDecimal.ONE) == 0;
    }
}
