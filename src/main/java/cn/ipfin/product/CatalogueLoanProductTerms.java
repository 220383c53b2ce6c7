package cn.ipfin.product;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.ipfin.loan.LoanProductTerms;
import cn.ipfin.loan.ProductLimits;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the loan workflow the ranges of a catalogue product. A withdrawn product still returns its ranges, because an
 * application made under it keeps its terms.
 */
@Component
class CatalogueLoanProductTerms implements LoanProductTerms {

    private final FinancialProducts products;
    private final LoanPrimeRates rates;
    private final FinancingModels models;

    CatalogueLoanProductTerms(FinancialProducts products, LoanPrimeRates rates, FinancingModels models) {
        this.products = products;
        this.rates = rates;
        this.models = models;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ProductLimits> limitsFor(Long productId, int termMonths, LocalDate on) {
        return products.findById(productId).map(product -> {
            RateRange range = rates.rangeOn(on, termMonths, product.getMinSpreadBp(), product.getMaxSpreadBp());
            return new ProductLimits(product.getName(), product.getMinAmount(), product.getMaxAmount(),
                    product.getMinTermMonths(), product.getMaxTermMonths(), on, range.loanPrimeRate(),
                    range.minRate(), range.maxRate());
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> acceptingPartiesFor(Long productId) {
        return products.findById(productId).map(FinancialProduct::getFinancingModel).flatMap(models::findById)
                .map(model -> {
                    Set<String> parties = new java.util.TreeSet<>();
                    if (model.isRequiresGuarantor()) {
                        parties.add("GUARANTOR");
                    }
                    if (model.isRequiresInsurer()) {
                        parties.add("INSURER");
                    }
                    return (Set<String>) parties;
                }).orElse(Set.of());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> namesOf(Collection<Long> productIds) {
        return products.findAllById(productIds).stream()
                .collect(Collectors.toMap(FinancialProduct::getId, FinancialProduct::getName));
    }
}
