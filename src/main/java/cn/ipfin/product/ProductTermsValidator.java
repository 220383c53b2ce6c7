package cn.ipfin.product;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.InvalidInputException.Violation;
import cn.ipfin.core.reference.District;
import cn.ipfin.ipasset.IpKind;

/**
 * Checks the terms of a product and collects a violation for every invalid field, so the institution sees all
 * of them at once. Whether the financing model exists is checked by the service, which can read the table.
 */
public class ProductTermsValidator {

    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_DESCRIPTION_LENGTH = 2000;
    static final int MAX_TERM_MONTHS = 360;
    /** Spreads from −500 bp to +2,000 bp cover discounts below the LPR and pawn or leasing prices. */
    static final int MIN_SPREAD_BP = -500;
    static final int MAX_SPREAD_BP = 2000;
    static final BigDecimal MAX_FEE_RATE = new BigDecimal("0.1");
    static final int MAX_YEARS_IN_BUSINESS = 50;
    private static final BigDecimal AMOUNT_LIMIT = new BigDecimal("1000000000000");

    /**
     * Returns the terms unchanged when they are valid.
     *
     * @throws InvalidInputException listing every invalid field with its message key
     */
    public ProductTerms validate(ProductTerms terms) {
        List<Violation> violations = new ArrayList<>();
        checkDescription(terms, violations);
        checkAmounts(terms.minAmount(), terms.maxAmount(), violations);
        checkTerms(terms.minTermMonths(), terms.maxTermMonths(), violations);
        checkSpreads(terms.minSpreadBp(), terms.maxSpreadBp(), violations);
        checkFees(terms, violations);
        checkCollateral(terms, violations);
        checkEligibility(terms, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return terms;
    }

    private static void checkDescription(ProductTerms terms, List<Violation> violations) {
        if (terms.type() == null) {
            violations.add(new Violation("type", "product.type.required"));
        }
        if (terms.name() == null || terms.name().isBlank() || terms.name().length() > MAX_NAME_LENGTH) {
            violations.add(new Violation("name", "product.name.invalid", MAX_NAME_LENGTH));
        }
        if (terms.description() != null && terms.description().length() > MAX_DESCRIPTION_LENGTH) {
            violations.add(new Violation("description", "product.description.tooLong", MAX_DESCRIPTION_LENGTH));
        }
    }

    private static void checkAmounts(BigDecimal min, BigDecimal max, List<Violation> violations) {
        boolean minValid = checkAmount("minAmount", min, violations);
        boolean maxValid = checkAmount("maxAmount", max, violations);
        if (minValid && maxValid && min.compareTo(max) > 0) {
            violations.add(new Violation("minAmount", "product.minAmount.aboveMax", min, max));
        }
    }

    private static boolean checkAmount(String field, BigDecimal amount, List<Violation> violations) {
        if (amount == null) {
            violations.add(new Violation(field, "product." + field + ".required"));
            return false;
        }
        if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2 || amount.compareTo(AMOUNT_LIMIT) >= 0) {
            violations.add(new Violation(field, "product." + field + ".invalid"));
            return false;
        }
        return true;
    }

    private static void checkTerms(Integer min, Integer max, List<Violation> violations) {
        boolean minValid = checkRange("minTermMonths", min, 1, MAX_TERM_MONTHS, violations);
        boolean maxValid = checkRange("maxTermMonths", max, 1, MAX_TERM_MONTHS, violations);
        if (minValid && maxValid && min > max) {
            violations.add(new Violation("minTermMonths", "product.minTermMonths.aboveMax", min, max));
        }
    }

    private static void checkSpreads(Integer min, Integer max, List<Violation> violations) {
        boolean minValid = checkRange("minSpreadBp", min, MIN_SPREAD_BP, MAX_SPREAD_BP, violations);
        boolean maxValid = checkRange("maxSpreadBp", max, MIN_SPREAD_BP, MAX_SPREAD_BP, violations);
        if (minValid && maxValid && min > max) {
            violations.add(new Violation("minSpreadBp", "product.minSpreadBp.aboveMax", min, max));
        }
    }

    private static boolean checkRange(String field, Integer value, int low, int high, List<Violation> violations) {
        if (value == null || value < low || value > high) {
            violations.add(new Violation(field, "product." + field + ".range", low, high));
            return false;
        }
        return true;
    }

    private static void checkFees(ProductTerms terms, List<Violation> violations) {
        BigDecimal feeRate = terms.guaranteeFeeRate();
        if (feeRate != null && (feeRate.signum() < 0 || feeRate.compareTo(MAX_FEE_RATE) > 0
                || feeRate.stripTrailingZeros().scale() > 6)) {
            violations.add(new Violation("guaranteeFeeRate", "product.guaranteeFeeRate.range"));
        }
        BigDecimal valuationFee = terms.valuationFee();
        if (valuationFee != null && (valuationFee.signum() < 0 || valuationFee.stripTrailingZeros().scale() > 2
                || valuationFee.compareTo(AMOUNT_LIMIT) >= 0)) {
            violations.add(new Violation("valuationFee", "product.valuationFee.invalid"));
        }
    }

    private static void checkCollateral(ProductTerms terms, List<Violation> violations) {
        if (terms.type() == ProductType.IP_PLEDGE_LOAN && terms.eligibleIpKinds().isEmpty()) {
            violations.add(new Violation("eligibleIpKinds", "product.eligibleIpKinds.required"));
        }
        for (Map.Entry<IpKind, BigDecimal> cap : terms.pledgeRateCaps().entrySet()) {
            String field = "pledgeRateCaps." + cap.getKey();
            if (!terms.eligibleIpKinds().contains(cap.getKey())) {
                violations.add(new Violation(field, "product.pledgeRateCap.notEligible"));
            } else if (cap.getValue() == null || cap.getValue().signum() <= 0 || cap.getValue().compareTo(BigDecimal.ONE) > 0
                    || cap.getValue().stripTrailingZeros().scale() > 4) {
                violations.add(new Violation(field, "product.pledgeRateCap.range"));
            }
        }
    }

    private static void checkEligibility(ProductTerms terms, List<Violation> violations) {
        Integer years = terms.minYearsInBusiness();
        if (years != null && (years < 0 || years > MAX_YEARS_IN_BUSINESS)) {
            violations.add(new Violation("minYearsInBusiness", "product.minYearsInBusiness.range", MAX_YEARS_IN_BUSINESS));
        }
        Set<String> districts = terms.districts();
        if (districts.stream().anyMatch(code -> District.of(code).isEmpty())) {
            violations.add(new Violation("districts", "product.districts.invalid"));
        }
        if (isLoan(terms.type()) && terms.repaymentMethods().isEmpty()) {
            violations.add(new Violation("repaymentMethods", "product.repaymentMethods.required"));
        }
    }

    private static boolean isLoan(ProductType type) {
        return type == ProductType.IP_PLEDGE_LOAN || type == ProductType.CREDIT_LOAN;
    }
}
