package cn.ipfin.product;

import java.util.Set;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.reference.Industry;
import cn.ipfin.ipasset.IpKind;

/**
 * The eligibility terms of one product that the matcher checks. Empty sets of IP types, industries or
 * districts mean no condition, and so does a null {@code minCreditGrade} or {@code minYearsInBusiness}.
 */
public record ProductCriteria(long productId, Money minAmount, Money maxAmount, int minTermMonths,
        int maxTermMonths, int minSpreadBp, Set<IpKind> eligibleIpKinds, Set<Industry> industries,
        Set<String> districts, CreditGrade minCreditGrade, Integer minYearsInBusiness) {

    static ProductCriteria of(FinancialProduct product) {
        return new ProductCriteria(product.getId(), product.getMinAmount(), product.getMaxAmount(),
                product.getMinTermMonths(), product.getMaxTermMonths(), product.getMinSpreadBp(),
                product.getEligibleIpKinds(), product.getIndustries(), product.getDistricts(),
                product.getMinCreditGrade(), product.getMinYearsInBusiness());
    }
}
