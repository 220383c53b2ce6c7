package cn.ipfin.valuation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.InvalidInputException.Violation;
import cn.ipfin.core.money.Money;

/**
 * Values IP by the market approach (市场法). Each comparable transaction's price is multiplied by its factors
 * for time, technology field, remaining life and rights type. The value is the mean of these adjusted prices,
 * or their weighted mean when every comparable has a weight, and those weights must sum to 1.
 *
 * <p>Rounding: the mean is taken of the unrounded adjusted prices (division to 34 significant digits) and
 * rounded HALF_UP to the fen; each adjusted price is shown rounded HALF_UP to the fen.
 */
public final class MarketApproachCalculator {

    /** Maximum number of comparables. */
    public static final int MAX_COMPARABLES = 20;

    /**
     * Computes the market-approach value.
     *
     * @throws InvalidInputException naming each invalid comparable field, or the weights when some but not all
     *                               are given or they do not sum to 1
     */
    public MarketApproachValuation value(List<ComparableTransaction> comparables) {
        validate(comparables);
        boolean weighted = comparables.get(0).weight() != null;

        BigDecimal sum = BigDecimal.ZERO;
        List<Money> shown = new ArrayList<>();
        for (ComparableTransaction comparable : comparables) {
            BigDecimal adjusted = comparable.price().amount().multiply(comparable.combinedFactor());
            shown.add(Money.ofRounded(adjusted, RoundingMode.HALF_UP));
            sum = sum.add(weighted ? adjusted.multiply(comparable.weight()) : adjusted);
        }
        BigDecimal mean = weighted ? sum
                : sum.divide(BigDecimal.valueOf(comparables.size()), MathContext.DECIMAL128);

        return new MarketApproachValuation(Money.ofRounded(mean, RoundingMode.HALF_UP), shown, weighted);
    }

    private static void validate(List<ComparableTransaction> comparables) {
        if (comparables == null || comparables.isEmpty() || comparables.size() > MAX_COMPARABLES) {
            throw InvalidInputException.of("market.comparables", "valuation.market.comparables.size",
                    MAX_COMPARABLES);
        }
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < comparables.size(); i++) {
            checkComparable(comparables.get(i), "market.comparables[" + i + "].", violations);
        }
        checkWeights(comparables, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static void checkComparable(ComparableTransaction comparable, String prefix, List<Violation> violations) {
        if (comparable.price() == null || !comparable.price().isPositive()) {
            violations.add(new Violation(prefix + "price", "valuation.market.price.invalid"));
        }
        BigDecimal[] factors = {comparable.timeFactor(), comparable.technologyFactor(),
                comparable.remainingLifeFactor(), comparable.rightsTypeFactor()};
        String[] names = {"timeFactor", "technologyFactor", "remainingLifeFactor", "rightsTypeFactor"};
        for (int f = 0; f < factors.length; f++) {
            if (factors[f] == null || factors[f].signum() <= 0 || factors[f].compareTo(BigDecimal.TEN) > 0) {
                violations.add(new Violation(prefix + names[f], "valuation.market.factor.invalid"));
            }
        }
    }

    private static void checkWeights(List<ComparableTransaction> comparables, List<Violation> violations) {
        long given = comparables.stream().filter(c -> c.weight() != null).count();
        if (given == 0) {
            return;
        }
        BigDecimal sum = comparables.stream().map(ComparableTransaction::weight)
                .map(w -> w == null ? BigDecimal.ZERO : w).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean negative = comparables.stream().anyMatch(c -> c.weight() != null && c.weight().signum() < 0);
        if (given != comparables.size() || negative || sum.compareTo(BigDecimal.ONE) != 0) {
            violations.add(new Violation("market.weights", "valuation.market.weights.invalid"));
        }
    }
}
