package cn.ipfin.product;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import cn.ipfin.core.reference.Industry;
import cn.ipfin.ipasset.IpKind;
import cn.ipfin.loan.RepaymentMethod;

/**
 * The structured terms of a financial product as an institution enters them.
 *
 * <p>Amounts are yuan with at most two decimals and terms are months. The loan rate is quoted as the 1-year LPR
 * plus a spread in basis points (1 bp = 0.01 %), which may be negative. {@code guaranteeFeeRate} is an annual
 * decimal fraction (1 % is 0.01) and {@code valuationFee} a fixed amount in yuan. {@code pledgeRateCaps} maps an
 * eligible IP type to the highest loan-to-appraised-value ratio (0.5 is 50 %). An empty set of industries or
 * districts means the product is open to all. {@code districts} contains GB/T 2260 codes, where a city code covers
 * its districts. {@code financingModel} is the code of a {@link FinancingModel} or null.
 */
public record ProductTerms(
        ProductType type,
        String name,
        String description,
        BigDecimal minAmount,
        BigDecimal maxAmount,
        Integer minTermMonths,
        Integer maxTermMonths,
        Integer minSpreadBp,
        Integer maxSpreadBp,
        BigDecimal guaranteeFeeRate,
        BigDecimal valuationFee,
        Set<IpKind> eligibleIpKinds,
        Map<IpKind, BigDecimal> pledgeRateCaps,
        CreditGrade minCreditGrade,
        Integer minYearsInBusiness,
        Set<Industry> industries,
        Set<String> districts,
        String financingModel,
        Set<RepaymentMethod> repaymentMethods) {

    /** Replaces absent collections with empty ones, so callers never see null sets. */
    public ProductTerms {
        eligibleIpKinds = eligibleIpKinds == null ? Set.of() : Set.copyOf(eligibleIpKinds);
        pledgeRateCaps = pledgeRateCaps == null ? Map.of() : Map.copyOf(pledgeRateCaps);
        industries = industries == null ? Set.of() : Set.copyOf(industries);
        districts = districts == null ? Set.of() : Set.copyOf(districts);
        repaymentMethods = repaymentMethods == null ? Set.of() : Set.copyOf(repaymentMethods);
        financingModel = financingModel == null || financingModel.isBlank() ? null : financingModel.trim();
    }
}
