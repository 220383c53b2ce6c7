package cn.ipfin.content;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.InvalidInputException.Violation;
import cn.ipfin.core.error.NotFoundException;
import cn.ipfin.core.money.Money;
import cn.ipfin.product.FinancialProduct;
import cn.ipfin.product.FinancingModel;
import cn.ipfin.product.FinancingModelService;
import cn.ipfin.product.LoanPrimeRates;
import cn.ipfin.product.ProductService;
import cn.ipfin.product.ProductType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs an enterprise's loan through every financing model with {@link FinancingCostCalculator}.
 *
 * <p>For each model the rate and fees come from the published products of that model that accept the IP type:
 * the loan rate is the LPR for the term plus the average of the products' mid spreads, the guarantee fee the
 * average of the guarantee products' fee rates, and the valuation fee the average of the products' fees. A
 * figure no such product gives comes from the model's {@link FinancingCostAssumption} in force today, and so do
 * the insurance premium and the subsidy. The loss split comes from the model's shares.
 */
@Service
public class FinancingComparisonService {

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");

    private final FinancingModelService models;
    private final ProductService products;
    private final LoanPrimeRates rates;
    private final FinancingCostAssumptions assumptions;
    private final FinancingCostCalculator calculator = new FinancingCostCalculator();

    FinancingComparisonService(FinancingModelService models, ProductService products, LoanPrimeRates rates,
            FinancingCostAssumptions assumptions) {
        this.models = models;
        this.products = products;
        this.rates = rates;
        this.assumptions = assumptions;
    }

    /**
     * Returns one comparison per financing model, in the models' order.
     *
     * @throws InvalidInputException when the amount, term, IP type or IP value is missing or out of range
     */
    @Transactional(readOnly = true)
    public List<ModelComparison> compare(ComparisonRequest request) {
        validate(request);
        LocalDate today = rates.today();
        List<FinancialProduct> published = products.published();
        List<ModelComparison> result = new ArrayList<>();
        for (FinancingModel model : models.all()) {
            List<FinancialProduct> matching = published.stream()
                    .filter(product -> model.getCode().equals(product.getFinancingModel()))
                    .filter(product -> product.getEligibleIpKinds().isEmpty()
                            || product.getEligibleIpKinds().contains(request.ipKind()))
                    .toList();
            result.add(compare(model, matching, request, today));
        }
        return result;
    }

    private ModelComparison compare(FinancingModel model, List<FinancialProduct> matching, ComparisonRequest request,
            LocalDate today) {
        FinancingCostAssumption preset = assumptions
                .findFirstByKeyModelCodeAndKeyEffectiveFromLessThanEqualOrderByKeyEffectiveFromDesc(model.getCode(), today)
                .orElseThrow(() -> new NotFoundException("financing-cost-assumption.not-found",
                        "content.compare.assumptionMissing", model.getCode(), today));
        int spreadBp = matching.isEmpty() ? preset.getSpreadBp() : averageMidSpread(matching);
        BigDecimal annualRate = rates.rangeOn(today, request.termMonths(), spreadBp, spreadBp).minRate();
        BigDecimal ceiling = preset.getSubsidyMaxLprMultiple() == null ? null
                : rates.oneYearOn(today).multiply(preset.getSubsidyMaxLprMultiple());
        Money principal = Money.of(request.amount());

        FinancingCostCalculator.Inputs inputs = new FinancingCostCalculator.Inputs(principal, request.termMonths(),
                annualRate, guaranteeFeeRate(model, matching, preset), preset.getInsuranceRate(),
                valuationFee(matching, preset), preset.getSubsidyShare(), ceiling, preset.getSubsidyAnnualCap());
        BigDecimal loanToValue = request.ipValue() == null ? null
                : request.amount().divide(request.ipValue(), 4, RoundingMode.HALF_UP);
        return new ModelComparison(model, annualRate, matching.size(), calculator.cost(inputs),
                models.allocate(model.getCode(), principal), loanToValue, maxPledgeRate(matching, request));
    }

    private static int averageMidSpread(List<FinancialProduct> matching) {
        int sum = matching.stream().mapToInt(product -> product.getMinSpreadBp() + product.getMaxSpreadBp()).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(2L * matching.size()), 0, RoundingMode.HALF_UP)
                .intValueExact();
    }

    private static BigDecimal guaranteeFeeRate(FinancingModel model, List<FinancialProduct> matching,
            FinancingCostAssumption preset) {
        List<BigDecimal> fees = matching.stream().filter(product -> product.getType() == ProductType.GUARANTEE)
                .map(FinancialProduct::getGuaranteeFeeRate).filter(Objects::nonNull).toList();
        if (!model.isRequiresGuarantor() || fees.isEmpty()) {
            return preset.getGuaranteeFeeRate();
        }
        return fees.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(fees.size()), 6, RoundingMode.HALF_UP);
    }

    private static Money valuationFee(List<FinancialProduct> matching, FinancingCostAssumption preset) {
        List<BigDecimal> fees = matching.stream().map(FinancialProduct::getValuationFee).filter(Objects::nonNull)
                .map(Money::amount).toList();
        if (fees.isEmpty()) {
            return preset.getValuationFee();
        }
        return Money.ofRounded(fees.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(fees.size()), 2, RoundingMode.HALF_UP), RoundingMode.HALF_UP);
    }

    private static BigDecimal maxPledgeRate(List<FinancialProduct> matching, ComparisonRequest request) {
        return matching.stream().map(product -> product.getPledgeRateCaps().get(request.ipKind()))
                .filter(Objects::nonNull).max(BigDecimal::compareTo).orElse(null);
    }

    private static void validate(ComparisonRequest request) {
        List<Violation> violations = new ArrayList<>();
        if (request.amount() == null || request.amount().signum() <= 0 || request.amount().compareTo(MAX_AMOUNT) > 0
                || request.amount().stripTrailingZeros().scale() > 2) {
            violations.add(new Violation("amount", "content.compare.amount.invalid"));
        }
        if (request.termMonths() == null || request.termMonths() < 1 || request.termMonths() > 120) {
            violations.add(new Violation("termMonths", "content.compare.termMonths.invalid"));
        }
        if (request.ipKind() == null) {
            violations.add(new Violation("ipKind", "content.compare.ipKind.required"));
        }
        if (request.ipValue() != null && (request.ipValue().signum() <= 0
                || request.ipValue().compareTo(MAX_AMOUNT.multiply(BigDecimal.TEN)) > 0)) {
            violations.add(new Violation("ipValue", "content.compare.ipValue.invalid"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
