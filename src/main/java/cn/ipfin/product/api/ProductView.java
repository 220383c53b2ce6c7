package cn.ipfin.product.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import cn.ipfin.core.reference.Industry;
import cn.ipfin.ipasset.IpKind;
import cn.ipfin.loan.RepaymentMethod;
import cn.ipfin.product.CreditGrade;
import cn.ipfin.product.FinancialProduct;
import cn.ipfin.product.ProductStatus;
import cn.ipfin.product.ProductType;
import cn.ipfin.product.RateRange;

/**
 * A product as the API shows it. Amounts are decimal strings in yuan and rates are decimal fractions.
 * {@code currentRates} is the rate range over today's LPR.
 */
record ProductView(Long id, Long organizationId, String organizationName, ProductType type, String name,
        String description, String minAmount, String maxAmount, int minTermMonths, int maxTermMonths,
        int minSpreadBp, int maxSpreadBp, BigDecimal guaranteeFeeRate, String valuationFee,
        Set<IpKind> eligibleIpKinds, Map<IpKind, BigDecimal> pledgeRateCaps, CreditGrade minCreditGrade,
        Integer minYearsInBusiness, Set<Industry> industries, Set<String> districts, String financingModel,
        Set<RepaymentMethod> repaymentMethods, ProductStatus status, Instant publishedAt, long version,
        RateRange currentRates) {

    static ProductView of(FinancialProduct product, RateRange rates) {
        return new ProductView(product.getId(), product.getOrganizationId(), product.getOrganizationName(),
                product.getType(), product.getName(), product.getDescription(), product.getMinAmount().toString(),
                product.getMaxAmount().toString(), product.getMinTermMonths(), product.getMaxTermMonths(),
                product.getMinSpreadBp(), product.getMaxSpreadBp(), product.getGuaranteeFeeRate(),
                product.getValuationFee() == null ? null : product.getValuationFee().toString(),
                product.getEligibleIpKinds(), product.getPledgeRateCaps(), product.getMinCreditGrade(),
                product.getMinYearsInBusiness(), product.getIndustries(), product.getDistricts(),
                product.getFinancingModel(), product.getRepaymentMethods(), product.getStatus(),
                product.getPublishedAt(), product.getVersion(), rates);
    }
}
