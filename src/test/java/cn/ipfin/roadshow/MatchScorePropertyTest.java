package cn.ipfin.roadshow;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

import cn.ipfin.core.reference.Industry;
import cn.ipfin.roadshow.MatchScoreCalculator.InvestorFacts;
import cn.ipfin.roadshow.MatchScoreCalculator.ProjectFacts;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** Invariants of the match score over random projects and preferences. */
class MatchScorePropertyTest {

    private final MatchScoreCalculator calculator = new MatchScoreCalculator();

    @Property
    void totalIsSumOfPartsWithinLimits(@ForAll("industries") Industry industry, @ForAll FundingStage stage,
            @ForAll @LongRange(min = 1, max = 1_000_000_000L) long amount, @ForAll("industrySets") Set<Industry> wanted,
            @ForAll Set<FundingStage> stages, @ForAll @LongRange(min = 1, max = 500_000_000L) long min,
            @ForAll @LongRange(min = 0, max = 500_000_000L) long extra) {
        MatchScore score = calculator.score(new ProjectFacts(industry, stage, BigDecimal.valueOf(amount)),
                new InvestorFacts(wanted, stages, BigDecimal.valueOf(min), BigDecimal.valueOf(min + extra)));

        assertThat(score.total()).isEqualTo(score.parts().stream().mapToInt(MatchScore.Part::points).sum());
        assertThat(score.total()).isBetween(0, 100);
        score.parts().forEach(part -> assertThat(part.points()).isBetween(0, part.maxPoints()));
    }

    @Property
    void addingProjectIndustryNeverLowersScore(@ForAll("industries") Industry industry, @ForAll FundingStage stage,
            @ForAll @LongRange(min = 1, max = 1_000_000_000L) long amount,
            @ForAll("industrySets") Set<Industry> wanted) {
        ProjectFacts project = new ProjectFacts(industry, stage, BigDecimal.valueOf(amount));
        Set<Industry> widened = new HashSet<>(wanted);
        widened.add(industry);

        int before = calculator.score(project, new InvestorFacts(wanted, Set.of(), null, null)).total();
        int after = calculator.score(project, new InvestorFacts(widened, Set.of(), null, null)).total();

        assertThat(after).isGreaterThanOrEqualTo(before);
    }

    @Provide
    Arbitrary<Industry> industries() {
        return Arbitraries.of(Industry.class);
    }

    @Provide
    Arbitrary<Set<Industry>> industrySets() {
        return Arbitraries.of(Industry.class).set().ofMaxSize(5);
    }
}
