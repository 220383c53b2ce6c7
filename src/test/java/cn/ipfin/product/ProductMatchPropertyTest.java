package cn.ipfin.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.reference.Industry;
import cn.ipfin.ipasset.IpKind;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the matcher for any request against a fixed set of products with varied terms. */
class ProductMatchPropertyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

    private final ProductMatchCalculator calculator = new ProductMatchCalculator();

    @Property
    void outcomeFollowsTheNumberOfMissingConditions(@ForAll @IntRange(min = 1, max = 50_000) int amountInThousands,
            @ForAll @IntRange(min = 1, max = 360) int termMonths) {
        for (ProductCriteria product : products()) {
            ProductMatch match = calculator.match(facts(), request(amountInThousands, termMonths), product);

            ProductMatch.Outcome expected = match.missing().isEmpty() ? ProductMatch.Outcome.ELIGIBLE
                    : match.missing().size() <= 2 ? ProductMatch.Outcome.NEAR_MISS : ProductMatch.Outcome.INELIGIBLE;
            assertThat(match.outcome()).isEqualTo(expected);
        }
    }

    @Property
    void rankingKeepsEligibleFirstAndDropsIneligible(@ForAll @IntRange(min = 1, max = 50_000) int amountInThousands,
            @ForAll @IntRange(min = 1, max = 360) int termMonths) {
        List<ProductMatch> ranked = calculator.rank(facts(), request(amountInThousands, termMonths), products());

        List<ProductMatch.Outcome> outcomes = ranked.stream().map(ProductMatch::outcome).toList();
        assertThat(outcomes).doesNotContain(ProductMatch.Outcome.INELIGIBLE);
        assertThat(outcomes).isSorted();
        for (int i = 1; i < ranked.size(); i++) {
            if (ranked.get(i).outcome() == ranked.get(i - 1).outcome()) {
                assertThat(ranked.get(i).missing().size()).isGreaterThanOrEqualTo(ranked.get(i - 1).missing().size());
            }
        }
    }

    @Property
    void amountWithinRangeIsNeverMissing(@ForAll @IntRange(min = 1_000, max = 10_000) int amountInThousands) {
        ProductCriteria product = products().get(0);

        ProductMatch match = calculator.match(facts(), request(amountInThousands, 24), product);

        assertThat(match.missing()).extracting(MatchMessage::key)
                .doesNotContain("product.match.missing.amountLow", "product.match.missing.amountHigh");
    }

    private static List<ProductCriteria> products() {
        List<ProductCriteria> products = new ArrayList<>();
        products.add(new ProductCriteria(1, Money.of("1000000"), Money.of("10000000"), 12, 36, 100,
                Set.of(IpKind.INVENTION), Set.of(), Set.of("140100"), null, null));
        products.add(new ProductCriteria(2, Money.of("100000"), Money.of("3000000"), 1, 12, 50, Set.of(),
                Set.of(Industry.I), Set.of(), CreditGrade.A, 3));
        products.add(new ProductCriteria(3, Money.of("5000000"), Money.of("50000000"), 60, 120, 0,
                Set.of(IpKind.TRADEMARK), Set.of(Industry.C), Set.of("140200"), CreditGrade.AA, 5));
        products.add(new ProductCriteria(4, Money.of("500000"), Money.of("5000000"), 12, 240, 20,
                Set.of(IpKind.UTILITY_MODEL), Set.of(), Set.of(), null, null));
        return products;
    }

    private static EnterpriseFacts facts() {
        return new EnterpriseFacts("140105", Industry.C, null, null, List.of(
                new EnterpriseFacts.OwnedIp(IpKind.INVENTION, true, LocalDate.of(2040, 5, 1)),
                new EnterpriseFacts.OwnedIp(IpKind.UTILITY_MODEL, true, LocalDate.of(2029, 5, 1))));
    }

    private static FinancingRequest request(int amountInThousands, int termMonths) {
        return new FinancingRequest(Money.of(String.valueOf(amountInThousands * 1000L)), termMonths, TODAY);
    }
}
