package cn.ipfin.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.reference.Industry;
import cn.ipfin.ipasset.IpKind;
import cn.ipfin.product.EnterpriseFacts.OwnedIp;
import cn.ipfin.product.ProductMatch.Outcome;
import org.junit.jupiter.api.Test;

/** Golden cases of the product matcher: which conditions hold, which are missing and how products rank. */
class ProductMatchCalculatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

    private final ProductMatchCalculator calculator = new ProductMatchCalculator();

    @Test
    void eligibleWithTwoInventionPatents() {
        ProductMatch match = calculator.match(enterpriseWithTwoInventionPatents(), request("3000000", 24),
                pledgeLoan(1, Set.of(IpKind.INVENTION, IpKind.UTILITY_MODEL)));

        assertThat(match.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(match.missing()).isEmpty();
        assertThat(match.met()).extracting(MatchMessage::key).containsExactly("product.match.met.amount",
                "product.match.met.term", "product.match.met.ip", "product.match.met.district");
        assertThat(match.met().get(2).arguments()).containsExactly(2L,
                List.of(MatchMessage.of("ip.kind.INVENTION"), MatchMessage.of("ip.kind.UTILITY_MODEL")),
                "2028-01-15");
    }

    @Test
    void patentExpiringBeforeFinalDueDateIsMissing() {
        EnterpriseFacts facts = facts(new OwnedIp(IpKind.INVENTION, true, LocalDate.of(2030, 6, 30)));

        ProductMatch match = calculator.match(facts, request("3000000", 60), pledgeLoan(1, Set.of(IpKind.INVENTION)));

        assertThat(match.outcome()).isEqualTo(Outcome.NEAR_MISS);
        assertThat(match.missing()).containsExactly(MatchMessage.of("product.match.missing.ip",
                MatchMessage.of("product.match.years", 5), List.of(MatchMessage.of("ip.kind.INVENTION"))));
    }

    @Test
    void expiryOnFinalDueDateStillCounts() {
        EnterpriseFacts facts = facts(new OwnedIp(IpKind.INVENTION, true, LocalDate.of(2027, 7, 15)));

        ProductMatch match = calculator.match(facts, request("3000000", 18), pledgeLoan(1, Set.of(IpKind.INVENTION)));

        assertThat(match.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void remainingTermInMonthsWhenNotWholeYears() {
        EnterpriseFacts facts = facts(new OwnedIp(IpKind.INVENTION, true, LocalDate.of(2027, 7, 14)));

        ProductMatch match = calculator.match(facts, request("3000000", 18), pledgeLoan(1, Set.of(IpKind.INVENTION)));

        assertThat(match.missing().get(0).arguments().get(0)).isEqualTo(MatchMessage.of("product.match.months", 18));
    }

    @Test
    void lapsedPatentDoesNotCount() {
        EnterpriseFacts facts = facts(new OwnedIp(IpKind.INVENTION, false, LocalDate.of(2040, 1, 1)));

        ProductMatch match = calculator.match(facts, request("3000000", 12), pledgeLoan(1, Set.of(IpKind.INVENTION)));

        assertThat(match.missing()).extracting(MatchMessage::key).containsExactly("product.match.missing.ip");
    }

    @Test
    void patentWithoutExpiryDoesNotCountButTrademarkDoes() {
        EnterpriseFacts facts = facts(new OwnedIp(IpKind.UTILITY_MODEL, true, null),
                new OwnedIp(IpKind.TRADEMARK, true, null));

        ProductMatch utility = calculator.match(facts, request("3000000", 12), pledgeLoan(1, Set.of(IpKind.UTILITY_MODEL)));
        ProductMatch trademark = calculator.match(facts, request("3000000", 12), pledgeLoan(2, Set.of(IpKind.TRADEMARK)));

        assertThat(utility.outcome()).isEqualTo(Outcome.NEAR_MISS);
        assertThat(trademark.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void amountAndDistrictMissingIsNearMiss() {
        ProductCriteria product = criteria(1, "1000000", "5000000", 12, 36, 100, Set.of(IpKind.INVENTION),
                Set.of(), Set.of("140200"), null, null);

        ProductMatch match = calculator.match(enterpriseWithTwoInventionPatents(), request("8000000", 24), product);

        assertThat(match.outcome()).isEqualTo(Outcome.NEAR_MISS);
        assertThat(match.missing()).containsExactly(
                MatchMessage.of("product.match.missing.amountHigh", Money.of("5000000").amount()),
                MatchMessage.of("product.match.missing.district", List.of(MatchMessage.of("district.140200"))));
    }

    @Test
    void thirdMissingConditionMakesIneligible() {
        ProductCriteria product = criteria(1, "1000000", "5000000", 12, 36, 100, Set.of(IpKind.INVENTION),
                Set.of(Industry.I), Set.of("140200"), null, null);

        ProductMatch match = calculator.match(enterpriseWithTwoInventionPatents(), request("3000000", 24), product);

        assertThat(match.outcome()).isEqualTo(Outcome.NEAR_MISS);
        assertThat(calculator.match(enterpriseWithTwoInventionPatents(), request("300000", 24), product).outcome())
                .isEqualTo(Outcome.INELIGIBLE);
    }

    @Test
    void unknownRatingAndYearsAreToCheck() {
        ProductCriteria product = criteria(1, "100000", "5000000", 1, 36, 0, Set.of(), Set.of(), Set.of(),
                CreditGrade.A, 3);

        ProductMatch match = calculator.match(enterpriseWithTwoInventionPatents(), request("500000", 12), product);

        assertThat(match.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(match.toCheck()).containsExactly(MatchMessage.of("product.match.check.years", 3),
                MatchMessage.of("product.match.check.rating", "A"));
    }

    @Test
    void knownRatingBelowMinimumIsMissing() {
        ProductCriteria product = criteria(1, "100000", "5000000", 1, 36, 0, Set.of(), Set.of(), Set.of(),
                CreditGrade.A, 3);
        EnterpriseFacts facts = new EnterpriseFacts("140105", Industry.C, 5, CreditGrade.BBB, List.of());

        ProductMatch match = calculator.match(facts, request("500000", 12), product);

        assertThat(match.missing()).containsExactly(MatchMessage.of("product.match.missing.rating", "A"));
        assertThat(match.met()).contains(MatchMessage.of("product.match.met.years", 5, 3));
    }

    @Test
    void creditLoanHasNoIpCondition() {
        ProductCriteria product = criteria(1, "100000", "5000000", 1, 36, 0, Set.of(), Set.of(Industry.C),
                Set.of(), null, null);

        ProductMatch match = calculator.match(facts(), request("500000", 12), product);

        assertThat(match.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(match.met()).extracting(MatchMessage::key).containsExactly("product.match.met.amount",
                "product.match.met.term", "product.match.met.industry");
    }

    @Test
    void ranksEligibleByRateThenNearMissesThenDropsTheRest() {
        ProductCriteria dearer = criteria(1, "1000000", "5000000", 12, 36, 150, Set.of(IpKind.INVENTION),
                Set.of(), Set.of(), null, null);
        ProductCriteria cheaper = criteria(2, "1000000", "5000000", 12, 36, 50, Set.of(IpKind.INVENTION),
                Set.of(), Set.of(), null, null);
        ProductCriteria tooSmall = criteria(3, "100000", "2000000", 12, 36, 0, Set.of(), Set.of(), Set.of(),
                null, null);
        ProductCriteria wrongEverything = criteria(4, "100000", "200000", 1, 6, 0, Set.of(),
                Set.of(Industry.A), Set.of(), null, null);

        List<ProductMatch> ranked = calculator.rank(enterpriseWithTwoInventionPatents(), request("3000000", 24),
                List.of(dearer, cheaper, tooSmall, wrongEverything));

        assertThat(ranked).extracting(ProductMatch::productId).containsExactly(2L, 1L, 3L);
        assertThat(ranked).extracting(ProductMatch::outcome)
                .containsExactly(Outcome.ELIGIBLE, Outcome.ELIGIBLE, Outcome.NEAR_MISS);
    }

    private static EnterpriseFacts enterpriseWithTwoInventionPatents() {
        return facts(new OwnedIp(IpKind.INVENTION, true, LocalDate.of(2035, 3, 1)),
                new OwnedIp(IpKind.INVENTION, true, LocalDate.of(2038, 9, 9)),
                new OwnedIp(IpKind.DESIGN, true, LocalDate.of(2036, 1, 1)));
    }

    private static EnterpriseFacts facts(OwnedIp... rights) {
        return new EnterpriseFacts("140105", Industry.C, null, null, List.of(rights));
    }

    private static FinancingRequest request(String amount, int termMonths) {
        return new FinancingRequest(Money.of(amount), termMonths, TODAY);
    }

    private static ProductCriteria pledgeLoan(long id, Set<IpKind> kinds) {
        return criteria(id, "1000000", "10000000", 12, 60, 100, kinds, Set.of(), Set.of("140100"), null, null);
    }

    private static ProductCriteria criteria(long id, String min, String max, int minTerm, int maxTerm, int spread,
            Set<IpKind> kinds, Set<Industry> industries, Set<String> districts, CreditGrade grade, Integer years) {
        return new ProductCriteria(id, Money.of(min), Money.of(max), minTerm, maxTerm, spread, kinds, industries,
                districts, grade, years);
    }
}
