package cn.ipfin.product;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.ipfin.core.reference.District;

/**
 * Matches financial products to an enterprise's financing request (产品推荐).
 *
 * <p>Each product is checked against hard conditions. The amount and the term lie within the product's ranges.
 * When the product takes IP as collateral, the enterprise owns at least one right of an eligible type that is in
 * force and whose statutory expiry is not before the loan's final due date, because CNIPA rejects a pledge for a
 * loan that ends after the patent does. The enterprise's district (or its city) and its industry are among those
 * the product serves. It has been in business long enough, and its credit grade is the minimum or better. A
 * condition whose fact is unknown (years in business, credit grade) is neither met nor missing but listed to
 * check.
 *
 * <p>A product that misses nothing is eligible, one that misses one or two conditions a near miss, and others are
 * dropped. The ranking puts eligible products first, then near misses by the number of missing conditions, then
 * fewer conditions to check, then the lower minimum spread over the LPR (the cheaper loan), then the product id.
 */
public class ProductMatchCalculator {

    static final int MAX_MISSING_FOR_NEAR_MISS = 2;

    /** Returns the eligible products and near misses in ranking order. */
    public List<ProductMatch> rank(EnterpriseFacts facts, FinancingRequest request, List<ProductCriteria> products) {
        Map<Long, ProductCriteria> byId = products.stream()
                .collect(Collectors.toMap(ProductCriteria::productId, Function.identity()));
        Comparator<ProductMatch> order = Comparator.comparing(ProductMatch::outcome)
                .thenComparing(match -> match.missing().size())
                .thenComparing(match -> match.toCheck().size())
                .thenComparing(match -> byId.get(match.productId()).minSpreadBp())
                .thenComparing(ProductMatch::productId);
        return products.stream()
                .map(product -> match(facts, request, product))
                .filter(match -> match.outcome() != ProductMatch.Outcome.INELIGIBLE)
                .sorted(order)
                .toList();
    }

    /** Checks every condition of one product and returns the conditions met, missing and to check. */
    public ProductMatch match(EnterpriseFacts facts, FinancingRequest request, ProductCriteria product) {
        Findings findings = new Findings();
        checkAmount(request, product, findings);
        checkTerm(request, product, findings);
        checkIntellectualProperty(facts, request, product, findings);
        checkDistrict(facts, product, findings);
        checkIndustry(facts, product, findings);
        checkYearsInBusiness(facts, product, findings);
        checkCreditGrade(facts, product, findings);
        return findings.toMatch(product.productId());
    }

    private static void checkAmount(FinancingRequest request, ProductCriteria product, Findings findings) {
        if (request.amount().compareTo(product.minAmount()) < 0) {
            findings.missing("product.match.missing.amountLow", product.minAmount().amount());
        } else if (request.amount().compareTo(product.maxAmount()) > 0) {
            findings.missing("product.match.missing.amountHigh", product.maxAmount().amount());
        } else {
            findings.met("product.match.met.amount", product.minAmount().amount(), product.maxAmount().amount());
        }
    }

    private static void checkTerm(FinancingRequest request, ProductCriteria product, Findings findings) {
        if (request.termMonths() < product.minTermMonths()) {
            findings.missing("product.match.missing.termShort", product.minTermMonths());
        } else if (request.termMonths() > product.maxTermMonths()) {
            findings.missing("product.match.missing.termLong", product.maxTermMonths());
        } else {
            findings.met("product.match.met.term", product.minTermMonths(), product.maxTermMonths());
        }
    }

    private static void checkIntellectualProperty(EnterpriseFacts facts, FinancingRequest request,
            ProductCriteria product, Findings findings) {
        if (product.eligibleIpKinds().isEmpty()) {
            return;
        }
        LocalDate finalDueDate = request.finalDueDate();
        long qualifying = facts.ipRights().stream()
                .filter(right -> product.eligibleIpKinds().contains(right.kind()))
                .filter(right -> lastsUntil(right, finalDueDate))
                .count();
        List<MatchMessage> kinds = product.eligibleIpKinds().stream().sorted()
                .map(kind -> MatchMessage.of(kind.messageKey())).toList();
        if (qualifying == 0) {
            findings.missing("product.match.missing.ip", remainingTerm(request.termMonths()), kinds);
        } else {
            findings.met("product.match.met.ip", qualifying, kinds, finalDueDate.toString());
        }
    }

    /**
     * Returns whether a right is in force and does not expire before the date. Trademarks can be renewed and
     * software copyrights last 50 years, so a right of those types without a recorded expiry counts as lasting.
     */
    private static boolean lastsUntil(EnterpriseFacts.OwnedIp right, LocalDate date) {
        if (!right.inForce()) {
            return false;
        }
        if (right.expiryDate() == null) {
            return !right.kind().isPatent();
        }
        return !right.expiryDate().isBefore(date);
    }

    private static MatchMessage remainingTerm(int termMonths) {
        return termMonths % 12 == 0
                ? MatchMessage.of("product.match.years", termMonths / 12)
                : MatchMessage.of("product.match.months", termMonths);
    }

    private static void checkDistrict(EnterpriseFacts facts, ProductCriteria product, Findings findings) {
        if (product.districts().isEmpty()) {
            return;
        }
        String city = District.of(facts.districtCode()).map(District::cityCode).orElse(null);
        if (product.districts().contains(facts.districtCode()) || product.districts().contains(city)) {
            findings.met("product.match.met.district", MatchMessage.of("district." + facts.districtCode()));
        } else {
            List<MatchMessage> served = product.districts().stream().sorted()
                    .map(code -> MatchMessage.of("district." + code)).toList();
            findings.missing("product.match.missing.district", served);
        }
    }

    private static void checkIndustry(EnterpriseFacts facts, ProductCriteria product, Findings findings) {
        if (product.industries().isEmpty()) {
            return;
        }
        if (facts.industry() != null && product.industries().contains(facts.industry())) {
            findings.met("product.match.met.industry", MatchMessage.of(facts.industry().messageKey()));
        } else {
            List<MatchMessage> served = product.industries().stream().sorted()
                    .map(industry -> MatchMessage.of(industry.messageKey())).toList();
            findings.missing("product.match.missing.industry", served);
        }
    }

    private static void checkYearsInBusiness(EnterpriseFacts facts, ProductCriteria product, Findings findings) {
        Integer minimum = product.minYearsInBusiness();
        if (minimum == null || minimum == 0) {
            return;
        }
        if (facts.yearsInBusiness() == null) {
            findings.toCheck("product.match.check.years", minimum);
        } else if (facts.yearsInBusiness() < minimum) {
            findings.missing("product.match.missing.years", minimum);
        } else {
            findings.met("product.match.met.years", facts.yearsInBusiness(), minimum);
        }
    }

    private static void checkCreditGrade(EnterpriseFacts facts, ProductCriteria product, Findings findings) {
        CreditGrade minimum = product.minCreditGrade();
        if (minimum == null) {
            return;
        }
        if (facts.creditGrade() == null) {
            findings.toCheck("product.match.check.rating", minimum.name());
        } else if (!facts.creditGrade().isAtLeast(minimum)) {
            findings.missing("product.match.missing.rating", minimum.name());
        } else {
            findings.met("product.match.met.rating", facts.creditGrade().name(), minimum.name());
        }
    }

    /** The conditions found for one product so far. */
    private static final class Findings {

        private final List<MatchMessage> met = new ArrayList<>();
        private final List<MatchMessage> missing = new ArrayList<>();
        private final List<MatchMessage> toCheck = new ArrayList<>();

        void met(String key, Object... arguments) {
            met.add(MatchMessage.of(key, arguments));
        }

        void missing(String key, Object... arguments) {
            missing.add(MatchMessage.of(key, arguments));
        }

        void toCheck(String key, Object... arguments) {
            toCheck.add(MatchMessage.of(key, arguments));
        }

        ProductMatch toMatch(long productId) {
            ProductMatch.Outcome outcome = missing.isEmpty() ? ProductMatch.Outcome.ELIGIBLE
                    : missing.size() <= MAX_MISSING_FOR_NEAR_MISS ? ProductMatch.Outcome.NEAR_MISS
                    : ProductMatch.Outcome.INELIGIBLE;
            return new ProductMatch(productId, outcome, met, missing, toCheck);
        }
    }
}
