package cn.ipfin.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import cn.ipfin.core.money.Money;

class TechSmeAssessmentPropertyTest {

    private final TechSmeAssessmentCalculator calculator = new TechSmeAssessmentCalculator(TechSmeRules.RULES_2017);

    @Property
    void totalIsSumOfParts(@ForAll("inputs") TechSmeAssessmentInput input) {
        TechSmeAssessment result = calculator.assess(input);

        assertThat(result.totalScore()).isEqualTo(result.techStaffScore() + result.rdScore() + result.ipScore());
        int countedPoints = result.indicators().stream()
                .filter(IndicatorScore::counted)
                .mapToInt(IndicatorScore::points)
                .sum();
        assertThat(countedPoints).isEqualTo(result.totalScore());
    }

    @Property
    void totalStaysWithinZeroToHundred(@ForAll("inputs") TechSmeAssessmentInput input) {
        TechSmeAssessment result = calculator.assess(input);

        assertThat(result.totalScore()).isBetween(0, 100);
    }

    @Property
    void qualifiedImpliesEligible(@ForAll("inputs") TechSmeAssessmentInput input) {
        TechSmeAssessment result = calculator.assess(input);

        if (result.qualified()) {
            assertThat(result.eligible()).isTrue();
        }
    }

    @Property
    void scoredQualificationNeedsPassAndTechStaff(@ForAll("inputs") TechSmeAssessmentInput input) {
        TechSmeAssessment result = calculator.assess(input);

        if (result.qualified() && result.route() == QualificationRoute.SCORED) {
            assertThat(result.totalScore()).isGreaterThanOrEqualTo(60);
            assertThat(result.techStaffScore()).isPositive();
        }
    }

    @Provide
    Arbitrary<TechSmeAssessmentInput> inputs() {
        Arbitrary<Integer> employees = Arbitraries.integers().between(0, 700);
        return employees.flatMap(headcount -> Builders.withBuilder(TechSmeAssessmentInput::builder)
                .use(Arbitraries.just(headcount)).in((builder, value) -> builder.employees(value))
                .use(Arbitraries.integers().between(0, headcount)).in((builder, value) -> builder.techStaff(value))
                .use(amounts()).in((builder, value) -> builder.salesRevenue(value))
                .use(amounts()).in((builder, value) -> builder.totalCostAndExpense(value))
                .use(amounts()).in((builder, value) -> builder.rdExpense(value))
                .use(amounts()).in((builder, value) -> builder.totalAssets(value))
                .use(Arbitraries.integers().between(0, 5)).in((builder, value) -> builder.classOneIpCount(value))
                .use(Arbitraries.integers().between(0, 8)).in((builder, value) -> builder.classTwoIpCount(value))
                .use(Arbitraries.of(DirectQualification.class).set().ofMaxSize(2))
                .in((builder, value) -> builder.directQualifications(value))
                .use(Arbitraries.of(true, true, true, false)).in((builder, value) -> builder.mainlandResident(value))
                .use(Arbitraries.of(true, true, true, false)).in((builder, value) -> builder.permittedIndustry(value))
                .use(Arbitraries.of(true, true, true, false)).in((builder, value) -> builder.noSeriousViolations(value))
                .build(TechSmeAssessmentInput.Builder::build));
    }

    /** Amounts from 0 to 300 M yuan in fen, with zero and the 200 M limit among the edge cases. */
    private static Arbitrary<Money> amounts() {
        return Arbitraries.longs().between(0L, 30_000_000_000L)
                .edgeCases(edges -> edges.add(20_000_000_000L))
                .map(fen -> Money.of(BigDecimal.valueOf(fen, 2)));
    }

}
