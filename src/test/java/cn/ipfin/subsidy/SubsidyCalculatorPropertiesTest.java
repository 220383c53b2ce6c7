package cn.ipfin.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import cn.ipfin.core.money.Money;
import cn.ipfin.subsidy.ClaimFacts.YearInput;
import cn.ipfin.subsidy.SubsidyAssessment.YearAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of the subsidy amount for any policy and claim: never negative, never above what is left of the
 * yearly cap, and never above the interest paid × share rounded to the fen.
 */
class SubsidyCalculatorPropertiesTest {

    private final SubsidyCalculator calculator = new SubsidyCalculator();

    record Case(PolicyTerms policy, ClaimFacts facts) {
    }

    @Property
    void amountIsNeverNegative(@ForAll("cases") Case sample) {
        SubsidyAssessment result = calculator.assess(sample.policy(), sample.facts());

        assertThat(result.total().isNegative()).isFalse();
        result.years().forEach(year -> assertThat(year.amount().isNegative()).isFalse());
    }

    @Property
    void amountNeverExceedsWhatIsLeftOfCap(@ForAll("cases") Case sample) {
        SubsidyAssessment result = calculator.assess(sample.policy(), sample.facts());
        Money cap = sample.policy().annualCap();

        for (int i = 0; i < result.years().size(); i++) {
            Money claimedBefore = sample.facts().years().get(i).claimedBefore();
            Money left = cap == null ? null : cap.minus(claimedBefore);
            if (left != null) {
                assertThat(result.years().get(i).amount()).isLessThanOrEqualTo(left.isNegative() ? Money.ZERO : left);
            }
        }
    }

    @Property
    void amountNeverExceedsInterestPaidTimesShare(@ForAll("cases") Case sample) {
        SubsidyAssessment result = calculator.assess(sample.policy(), sample.facts());

        for (YearAmount year : result.years()) {
            Money limit = year.interestPaid().times(result.share(), RoundingMode.HALF_UP);
            assertThat(year.amount()).isLessThanOrEqualTo(limit);
        }
    }

    @Property
    void ineligibleClaimGetsNothing(@ForAll("cases") Case sample) {
        SubsidyAssessment result = calculator.assess(sample.policy(), sample.facts());

        if (!result.eligible()) {
            assertThat(result.total()).isEqualTo(Money.ZERO);
            assertThat(result.reasons()).isNotEmpty();
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<PolicyTerms> policies = Combinators.combine(
                Arbitraries.of(RateCapKind.values()), Arbitraries.of(SubsidyBase.values()),
                Arbitraries.integers().between(1, 100), Arbitraries.integers().between(1, 100),
                Arbitraries.longs().between(0, 1_000_000).injectNull(0.3),
                Arbitraries.integers().between(0, 300).injectNull(0.5))
                .as((capKind, base, share, guaranteedShare, cap, baseRateBp) -> new PolicyTerms(
                        LocalDate.of(2025, 1, 1), null, PolicyStatus.ACTIVE, capKind, new BigDecimal("1.4"),
                        new BigDecimal("0.015"), false, null, null, base,
                        baseRateBp == null || baseRateBp == 0 ? null : BigDecimal.valueOf(baseRateBp, 4),
                        BigDecimal.valueOf(share, 2), BigDecimal.valueOf(guaranteedShare, 2),
                        cap == null || cap == 0 ? null : Money.of(BigDecimal.valueOf(cap * 100, 2))));
        Arbitrary<ClaimFacts> facts = Combinators.combine(
                Arbitraries.integers().between(100, 1000), Arbitraries.longs().between(1, 2_000_000_000L),
                Arbitraries.longs().between(0, 500_000_000L), Arbitraries.longs().between(0, 150_000_000L),
                Arbitraries.integers().between(0, 364), Arbitraries.of(true, false))
                .as((rateBp, principalFen, paidFen, claimedFen, days, guaranteed) -> {
                    LocalDate from = LocalDate.of(2025, 1, 1);
                    LocalDate to = from.plusDays(days);
                    return new ClaimFacts(BigDecimal.valueOf(rateBp, 4), new BigDecimal("0.03"),
                            Money.of(BigDecimal.valueOf(principalFen, 2)), 12, guaranteed, false, from, to,
                            List.of(new YearInput(2025, from, to, Money.of(BigDecimal.valueOf(paidFen, 2)),
                                    Money.of(BigDecimal.valueOf(claimedFen, 2)))));
                });
        return Combinators.combine(policies, facts).as(Case::new);
    }
}
