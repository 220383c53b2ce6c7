package cn.ipfin.valuation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What the preparing evaluator enters for a draft valuation. Rates and factors are fractions ({@code 0.03} is
 * 3 %), amounts are yuan with at most two decimals, and every group carries the source the evaluator relied
 * on, which the report states.
 *
 * @param pvdScores   indicator scores (0–10) by asset id for every patent of the assignment. The indicators
 *                    that registry data determines may be left out, because the platform derives them.
 * @param income      income-approach inputs (required)
 * @param cost        cost-approach inputs, or {@code null} when the approach is not used
 * @param comparables market-approach comparables, or empty when the approach is not used
 * @param weights     reconciliation weight of each approach used; they must sum to 1
 * @param monteCarlo  the uncertain inputs of the income approach and the seed
 */
public record DraftInput(Map<Long, Map<ValueIndicator, BigDecimal>> pvdScores, Income income, Cost cost,
        List<Comparable> comparables, Map<ValuationApproach, BigDecimal> weights, MonteCarlo monteCarlo) {

    /** Income approach with K and i given directly; the economic life is the number of revenues. */
    public record Income(List<BigDecimal> annualRevenues, BigDecimal royaltyRate, BigDecimal taxRate,
            BigDecimal discountRate, String source) {
    }

    /** Cost approach inputs. */
    public record Cost(BigDecimal replacementCost, BigDecimal remainingLifeYears, BigDecimal elapsedLifeYears,
            BigDecimal functionalObsolescence, BigDecimal economicObsolescence, String source) {
    }

    /** One comparable transaction; {@code description} names the deal and its source. */
    public record Comparable(String description, BigDecimal price, BigDecimal timeFactor,
            BigDecimal technologyFactor, BigDecimal remainingLifeFactor, BigDecimal rightsTypeFactor,
            BigDecimal weight) {
    }

    /** Monte Carlo settings; the seed is recorded so that the run can be repeated. */
    public record MonteCarlo(Long seed, Integer iterations, Map<UncertainInput, DistributionSpec> inputs) {
    }

    /**
     * One distribution: {@code UNIFORM} uses min and max, {@code TRIANGULAR} min, mode and max, {@code NORMAL}
     * mean and standardDeviation.
     */
    public record DistributionSpec(String type, BigDecimal min, BigDecimal mode, BigDecimal max, BigDecimal mean,
            BigDecimal standardDeviation) {

        /** Returns the distribution, or {@code null} when the type is unknown. */
        public Distribution toDistribution() {
            if (type == null) {
                return null;
            }
            return switch (type) {
                case "UNIFORM" -> new Distribution.Uniform(min, max);
                case "TRIANGULAR" -> new Distribution.Triangular(min, mode, max);
                case "NORMAL" -> new Distribution.Normal(mean, standardDeviation);
                default -> null;
            };
        }
    }
}
