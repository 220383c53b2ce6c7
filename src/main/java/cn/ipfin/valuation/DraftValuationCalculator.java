package cn.ipfin.valuation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.InvalidInputException.Violation;
import cn.ipfin.core.money.Money;

/**
 * Runs the whole valuation of an assignment draft: the patent value index of every patent (derived indicators
 * replace the evaluator's), the income approach with an economic life no longer than the shortest remaining
 * statutory term, the optional cost and market approaches, the reconciled value, and a Monte Carlo range of
 * the reconciled value over the uncertain income inputs with {@value #BINS} histogram bins.
 *
 * <p>Field errors of every section are collected and reported at once, prefixed with the section name
 * ({@code income.}, {@code cost.}, {@code pvd[assetId].}).
 */
public final class DraftValuationCalculator {

    static final int BINS = 10;
    static final int DEFAULT_ITERATIONS = 10_000;

    private final PatentValueIndexCalculator indexCalculator = new PatentValueIndexCalculator();
    private final IndicatorDerivationCalculator derivation = new IndicatorDerivationCalculator();
    private final IncomeApproachCalculator incomeCalculator = new IncomeApproachCalculator();
    private final CostApproachCalculator costCalculator = new CostApproachCalculator();
    private final MarketApproachCalculator marketCalculator = new MarketApproachCalculator();
    private final ReconciliationCalculator reconciliation = new ReconciliationCalculator();
    private final MonteCarloSimulator simulator = new MonteCarloSimulator();

    /**
     * Values the assets of an assignment.
     *
     * @throws InvalidInputException listing every invalid field of every section
     */
    public DraftValuation value(DraftInput input, List<AssetFacts> assets, LocalDate valuationDate,
            PatentValueWeights weights) {
        List<Violation> violations = new ArrayList<>();
        Integer remainingTerm = shortestRemainingTerm(assets, valuationDate);
        List<DraftValuation.AssetIndex> indices = indices(input, assets, valuationDate, weights, violations);
        IncomeApproachInput incomeInput = incomeInput(input.income(), remainingTerm, violations);
        IncomeApproachValuation income = incomeInput == null ? null
                : collect(violations, "income.", () -> incomeCalculator.value(incomeInput));
        CostApproachValuation cost = input.cost() == null ? null
                : collect(violations, "", () -> costCalculator.value(costInput(input.cost(), remainingTerm)));
        MarketApproachValuation market = input.comparables() == null || input.comparables().isEmpty() ? null
                : collect(violations, "", () -> marketCalculator.value(comparables(input.comparables())));
        throwIfAny(violations);

        Map<ValuationApproach, Money> values = new EnumMap<>(ValuationApproach.class);
        values.put(ValuationApproach.INCOME, income.value());
        if (cost != null) {
            values.put(ValuationApproach.COST, cost.value());
        }
        if (market != null) {
            values.put(ValuationApproach.MARKET, market.value());
        }
        Money reconciled = reconciliation.reconcile(values, input.weights() == null ? Map.of() : input.weights());
        MonteCarloResult range = simulate(input.monteCarlo(), new ReconciledIncomeModel(incomeInput, values,
                input.weights()));
        return new DraftValuation(valuationDate, indices, income, cost, market, reconciled, range, remainingTerm,
                weights.version());
    }

    private List<DraftValuation.AssetIndex> indices(DraftInput input, List<AssetFacts> assets, LocalDate date,
            PatentValueWeights weights, List<Violation> violations) {
        List<DraftValuation.AssetIndex> indices = new ArrayList<>();
        Map<Long, Map<ValueIndicator, BigDecimal>> all = input.pvdScores() == null ? Map.of() : input.pvdScores();
        for (AssetFacts asset : assets) {
            if (asset.facts() == null) {
                continue;
            }
            List<ScoredIndicator> given = new ArrayList<>();
            all.getOrDefault(asset.assetId(), Map.of()).forEach((indicator, score) ->
                    given.add(ScoredIndicator.byEvaluator(indicator, score)));
            List<ScoredIndicator> merged = derivation.merge(given, asset.facts(), date);
            PatentValueIndex index = collect(violations, "pvd[" + asset.assetId() + "].",
                    () -> indexCalculator.calculate(merged, weights));
            if (index != null) {
                indices.add(new DraftValuation.AssetIndex(asset, index));
            }
        }
        return indices;
    }

    private static IncomeApproachInput incomeInput(DraftInput.Income income, Integer remainingTerm,
            List<Violation> violations) {
        if (income == null || income.annualRevenues() == null || income.annualRevenues().isEmpty()) {
            violations.add(new Violation("income.annualRevenues", "valuation.income.annualRevenues.size"));
            return null;
        }
        List<Money> revenues = new ArrayList<>();
        for (int i = 0; i < income.annualRevenues().size(); i++) {
            BigDecimal revenue = income.annualRevenues().get(i);
            if (revenue == null || revenue.scale() > 2 && revenue.stripTrailingZeros().scale() > 2) {
                violations.add(new Violation("income.annualRevenues[" + i + "]", "valuation.income.annualRevenues.invalid"));
                return null;
            }
            revenues.add(Money.of(revenue));
        }
        return new IncomeApproachInput(revenues, RoyaltyRate.ofRevenue(income.royaltyRate()), income.taxRate(),
                DiscountRate.of(income.discountRate()), remainingTerm);
    }

    private static CostApproachInput costInput(DraftInput.Cost cost, Integer remainingTerm) {
        if (remainingTerm != null && cost.remainingLifeYears() != null
                && cost.remainingLifeYears().compareTo(BigDecimal.valueOf(remainingTerm)) > 0) {
            throw InvalidInputException.of("cost.remainingLifeYears", "valuation.cost.remainingLifeYears.invalid");
        }
        Money replacement = cost.replacementCost() == null ? null : Money.ofRounded(cost.replacementCost(),
                java.math.RoundingMode.UNNECESSARY);
        return new CostApproachInput(replacement, cost.remainingLifeYears(), cost.elapsedLifeYears(),
                cost.functionalObsolescence(), cost.economicObsolescence());
    }

    private static List<ComparableTransaction> comparables(List<DraftInput.Comparable> comparables) {
        return comparables.stream().map(c -> new ComparableTransaction(c.description(),
                c.price() == null ? null : Money.ofRounded(c.price(), java.math.RoundingMode.UNNECESSARY),
                c.timeFactor(), c.technologyFactor(), c.remainingLifeFactor(), c.rightsTypeFactor(), c.weight()))
                .toList();
    }

    private MonteCarloResult simulate(DraftInput.MonteCarlo settings, ReconciledIncomeModel model) {
        if (settings == null || settings.seed() == null) {
            throw InvalidInputException.of("monteCarlo.seed", "valuation.monteCarlo.seed.required");
        }
        Map<UncertainInput, Distribution> distributions = new EnumMap<>(UncertainInput.class);
        if (settings.inputs() != null) {
            settings.inputs().forEach((input, spec) -> distributions.put(input, spec == null ? null
                    : spec.toDistribution()));
        }
        int iterations = settings.iterations() == null ? DEFAULT_ITERATIONS : settings.iterations();
        return simulator.simulate(distributions, model, iterations, settings.seed(), BINS);
    }

    /** Returns whole years from the valuation date to the earliest expiry among the patents. */
    static Integer shortestRemainingTerm(List<AssetFacts> assets, LocalDate valuationDate) {
        return assets.stream().filter(a -> a.facts() != null && a.facts().expiryDate() != null)
                .map(a -> (int) ChronoUnit.YEARS.between(valuationDate, a.facts().expiryDate()))
                .min(Integer::compare).orElse(null);
    }

    private static <T> T collect(List<Violation> violations, String prefix, Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> violations.add(new Violation(v.field().startsWith(prefix) ? v.field()
                    : prefix + v.field(), v.messageKey(), v.arguments())));
            return null;
        } catch (ArithmeticException e) {
            violations.add(new Violation(prefix + "amount", "valuation.amount.scale"));
            return null;
        }
    }

    private static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
