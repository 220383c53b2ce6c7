package cn.ipfin.valuation.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.InvalidInputException.Violation;
import cn.ipfin.valuation.DraftInput;
import cn.ipfin.valuation.UncertainInput;
import cn.ipfin.valuation.ValuationApproach;
import cn.ipfin.valuation.ValueIndicator;

/**
 * The draft form of the detail page: the evaluator's indicator scores per patent, the income approach with a
 * triangular revenue factor and a uniform discount rate for the Monte Carlo range, and optionally the cost
 * approach, comparable transactions for the market approach and the weights that reconcile the approaches.
 * Without cost or market inputs the income approach alone counts (weight 1).
 */
public class DraftForm implements Serializable {

    /** The form survives a redirect as a flash attribute in the JDBC-backed session, so it must serialise. */
    private static final long serialVersionUID = 1L;

    /** Indicators the evaluator scores; the others are derived from registry data. */
    static final List<ValueIndicator> EVALUATOR_INDICATORS = List.of(ValueIndicator.values()).stream()
            .filter(i -> i != ValueIndicator.REMAINING_TERM && i != ValueIndicator.MULTI_COUNTRY_FILING
                    && i != ValueIndicator.SCOPE_OF_APPLICATION).toList();

    private HashMap<String, String> scores = new HashMap<>();
    private String revenues = "";
    private String royaltyRate = "";
    private String taxRate = "0.25";
    private String discountRate = "";
    private String incomeSource = "";
    private String seed = "20261204";
    private String iterations = "10000";
    private String revenueMin = "0.8";
    private String revenueMode = "1.0";
    private String revenueMax = "1.1";
    private String discountMin = "";
    private String discountMax = "";
    private String replacementCost = "";
    private String remainingLifeYears = "";
    private String elapsedLifeYears = "";
    private String functionalObsolescence = "0";
    private String economicObsolescence = "0";
    private String costSource = "";
    private String comparables = "";
    private String weightIncome = "";
    private String weightCost = "";
    private String weightMarket = "";

    static DraftForm defaults(List<Long> assetIds) {
        DraftForm form = new DraftForm();
        assetIds.forEach(id -> EVALUATOR_INDICATORS.forEach(i -> form.scores.put(id + "_" + i.name(), "5")));
        return form;
    }

    /**
     * Converts the form into engine input.
     *
     * @throws InvalidInputException naming every field that is not a number
     */
    DraftInput toInput() {
        List<Violation> violations = new ArrayList<>();
        Map<Long, Map<ValueIndicator, BigDecimal>> pvd = scoresByAsset(violations);
        DraftInput.Income income = income(violations);
        Map<UncertainInput, DraftInput.DistributionSpec> uncertain = distributions(violations);
        BigDecimal seedValue = number(seed, "monteCarlo.seed", violations);
        BigDecimal iterationValue = number(iterations, "monteCarlo.iterations", violations);
        DraftInput.Cost cost = cost(violations);
        List<DraftInput.Comparable> deals = comparables(violations);
        Map<ValuationApproach, BigDecimal> weights = weights(cost != null, !deals.isEmpty(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }

        return new DraftInput(pvd, income, cost, deals, weights,
                new DraftInput.MonteCarlo(seedValue.longValue(), iterationValue.intValue(), uncertain));
    }

    /** Returns the cost approach inputs, or null when no replacement cost is given. */
    private DraftInput.Cost cost(List<Violation> violations) {
        if (replacementCost.isBlank()) {
            return null;
        }
        return new DraftInput.Cost(number(replacementCost, "cost.replacementCost", violations),
                number(remainingLifeYears, "cost.remainingLifeYears", violations),
                number(elapsedLifeYears, "cost.elapsedLifeYears", violations),
                number(functionalObsolescence, "cost.functionalObsolescence", violations),
                number(economicObsolescence, "cost.economicObsolescence", violations), costSource);
    }

    /**
     * Reads one comparable transaction per line: description, price, then the time, technology, remaining-life
     * and rights-type factors, separated by commas; every deal weighs the same.
     */
    private List<DraftInput.Comparable> comparables(List<Violation> violations) {
        List<DraftInput.Comparable> deals = new ArrayList<>();
        for (String line : comparables.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("[,，]");
            if (parts.length != 6) {
                violations.add(new Violation("comparables", "valuation.page.draft.comparables.invalid", line.strip()));
                continue;
            }
            deals.add(new DraftInput.Comparable(parts[0].strip(), number(parts[1], "comparables", violations),
                    number(parts[2], "comparables", violations), number(parts[3], "comparables", violations),
                    number(parts[4], "comparables", violations), number(parts[5], "comparables", violations),
                    BigDecimal.ONE));
        }
        return deals;
    }

    /** Returns the reconciliation weights: income alone, or the weights entered for each approach used. */
    private Map<ValuationApproach, BigDecimal> weights(boolean withCost, boolean withMarket, List<Violation> violations) {
        if (!withCost && !withMarket) {
            return Map.of(ValuationApproach.INCOME, BigDecimal.ONE);
        }
        Map<ValuationApproach, BigDecimal> weights = new EnumMap<>(ValuationApproach.class);
        weights.put(ValuationApproach.INCOME, number(weightIncome, "weights.INCOME", violations));
        if (withCost) {
            weights.put(ValuationApproach.COST, number(weightCost, "weights.COST", violations));
        }
        if (withMarket) {
            weights.put(ValuationApproach.MARKET, number(weightMarket, "weights.MARKET", violations));
        }
        return weights;
    }

    /** Reads the scores, whose form keys are {@code assetId_INDICATOR}. */
    private Map<Long, Map<ValueIndicator, BigDecimal>> scoresByAsset(List<Violation> violations) {
        Map<Long, Map<ValueIndicator, BigDecimal>> pvd = new LinkedHashMap<>();
        scores.forEach((key, value) -> {
            String[] parts = key.split("_", 2);
            try {
                pvd.computeIfAbsent(Long.valueOf(parts[0]), k -> new EnumMap<>(ValueIndicator.class))
                        .put(ValueIndicator.valueOf(parts[1]), number(value, "scores[" + key + "]", violations));
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                violations.add(new Violation("scores[" + key + "]", "valuation.pvd.score.range"));
            }
        });
        return pvd;
    }

    private DraftInput.Income income(List<Violation> violations) {
        List<BigDecimal> revenueList = new ArrayList<>();
        for (String part : revenues.split("[,，\\s]+")) {
            if (!part.isBlank()) {
                revenueList.add(number(part, "income.annualRevenues", violations));
            }
        }
        return new DraftInput.Income(revenueList, number(royaltyRate, "income.royaltyRate", violations),
                number(taxRate, "income.taxRate", violations), number(discountRate, "income.discountRate", violations),
                incomeSource);
    }

    /** A triangular revenue factor, and a uniform discount rate when either bound is given. */
    private Map<UncertainInput, DraftInput.DistributionSpec> distributions(List<Violation> violations) {
        Map<UncertainInput, DraftInput.DistributionSpec> uncertain = new EnumMap<>(UncertainInput.class);
        uncertain.put(UncertainInput.REVENUE_FACTOR, new DraftInput.DistributionSpec("TRIANGULAR",
                number(revenueMin, "revenueMin", violations), number(revenueMode, "revenueMode", violations),
                number(revenueMax, "revenueMax", violations), null, null));
        if (!discountMin.isBlank() || !discountMax.isBlank()) {
            uncertain.put(UncertainInput.DISCOUNT_RATE, new DraftInput.DistributionSpec("UNIFORM",
                    number(discountMin, "discountMin", violations), null,
                    number(discountMax, "discountMax", violations), null, null));
        }
        return uncertain;
    }

    private static BigDecimal number(String text, String field, List<Violation> violations) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException | NullPointerException e) {
            violations.add(new Violation(field, "valuation.form.number"));
            return BigDecimal.ZERO;
        }
    }

    public Map<String, String> getScores() {
        return scores;
    }

    public void setScores(Map<String, String> scores) {
        this.scores = new HashMap<>(scores);
    }

    public String getRevenues() {
        return revenues;
    }

    public void setRevenues(String revenues) {
        this.revenues = revenues;
    }

    public String getRoyaltyRate() {
        return royaltyRate;
    }

    public void setRoyaltyRate(String royaltyRate) {
        this.royaltyRate = royaltyRate;
    }

    public String getTaxRate() {
        return taxRate;
    }

    public void setTaxRate(String taxRate) {
        this.taxRate = taxRate;
    }

    public String getDiscountRate() {
        return discountRate;
    }

    public void setDiscountRate(String discountRate) {
        this.discountRate = discountRate;
    }

    public String getIncomeSource() {
        return incomeSource;
    }

    public void setIncomeSource(String incomeSource) {
        this.incomeSource = incomeSource;
    }

    public String getSeed() {
        return seed;
    }

    public void setSeed(String seed) {
        this.seed = seed;
    }

    public String getIterations() {
        return iterations;
    }

    public void setIterations(String iterations) {
        this.iterations = iterations;
    }

    public String getRevenueMin() {
        return revenueMin;
    }

    public void setRevenueMin(String revenueMin) {
        this.revenueMin = revenueMin;
    }

    public String getRevenueMode() {
        return revenueMode;
    }

    public void setRevenueMode(String revenueMode) {
        this.revenueMode = revenueMode;
    }

    public String getRevenueMax() {
        return revenueMax;
    }

    public void setRevenueMax(String revenueMax) {
        this.revenueMax = revenueMax;
    }

    public String getDiscountMin() {
        return discountMin;
    }

    public void setDiscountMin(String discountMin) {
        this.discountMin = discountMin;
    }

    public String getDiscountMax() {
        return discountMax;
    }

    public void setDiscountMax(String discountMax) {
        this.discountMax = discountMax;
    }

    public String getReplacementCost() {
        return replacementCost;
    }

    public void setReplacementCost(String replacementCost) {
        this.replacementCost = replacementCost == null ? "" : replacementCost;
    }

    public String getRemainingLifeYears() {
        return remainingLifeYears;
    }

    public void setRemainingLifeYears(String remainingLifeYears) {
        this.remainingLifeYears = remainingLifeYears == null ? "" : remainingLifeYears;
    }

    public String getElapsedLifeYears() {
        return elapsedLifeYears;
    }

    public void setElapsedLifeYears(String elapsedLifeYears) {
        this.elapsedLifeYears = elapsedLifeYears == null ? "" : elapsedLifeYears;
    }

    public String getFunctionalObsolescence() {
        return functionalObsolescence;
    }

    public void setFunctionalObsolescence(String functionalObsolescence) {
        this.functionalObsolescence = functionalObsolescence == null ? "" : functionalObsolescence;
    }

    public String getEconomicObsolescence() {
        return economicObsolescence;
    }

    public void setEconomicObsolescence(String economicObsolescence) {
        this.economicObsolescence = economicObsolescence == null ? "" : economicObsolescence;
    }

    public String getCostSource() {
        return costSource;
    }

    public void setCostSource(String costSource) {
        this.costSource = costSource == null ? "" : costSource;
    }

    public String getComparables() {
        return comparables;
    }

    public void setComparables(String comparables) {
        this.comparables = comparables == null ? "" : comparables;
    }

    public String getWeightIncome() {
        return weightIncome;
    }

    public void setWeightIncome(String weightIncome) {
        this.weightIncome = weightIncome == null ? "" : weightIncome;
    }

    public String getWeightCost() {
        return weightCost;
    }

    public void setWeightCost(String weightCost) {
        this.weightCost = weightCost == null ? "" : weightCost;
    }

    public String getWeightMarket() {
        return weightMarket;
    }

    public void setWeightMarket(String weightMarket) {
        this.weightMarket = weightMarket == null ? "" : weightMarket;
    }
}
