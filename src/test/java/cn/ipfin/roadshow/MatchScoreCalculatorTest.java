package cn.ipfin.roadshow;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import cn.ipfin.core.reference.Industry;
import cn.ipfin.roadshow.MatchScoreCalculator.InvestorFacts;
import cn.ipfin.roadshow.MatchScoreCalculator.ProjectFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden cases of the match score, each worked out by hand from the rules: industry 40 / 20 without preference,
 * stage 30 / 15 adjacent or without preference, ticket 30 within the range / 15 within half the minimum to
 * twice the maximum or without a range.
 */
class MatchScoreCalculatorTest {

    private final MatchScoreCalculator calculator = new MatchScoreCalculator();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                         | industry | stage    | amount   | investor industries | investor stages  | min     | max      | industry pts | stage pts | ticket pts | total
            perfect fit                    | C        | SERIES_A | 5000000  | C I                 | ANGEL SERIES_A   | 1000000 | 10000000 | 40           | 30        | 30         | 100
            adjacent stage and near ticket | C        | SERIES_B | 20000000 | C                   | SERIES_A         | 1000000 | 10000000 | 40           | 15        | 15         | 70
            nothing fits                   | M        | PRE_IPO  | 30000000 | C                   | SEED             | 1000000 | 10000000 | 0            | 0         | 0          | 0
            investor without preferences   | I        | SEED     | 500000   |                     |                  |         |          | 20           | 15        | 15         | 50
            open maximum, far below min    | I        | ANGEL    | 400000   | I                   | SERIES_A         | 1000000 |          | 40           | 15        | 0          | 55
            amount equal to minimum        | C        | SEED     | 1000000  | C                   | SEED             | 1000000 | 2000000  | 40           | 30        | 30         | 100
            half the minimum is near       | C        | SEED     | 500000   | C                   | SEED             | 1000000 | 2000000  | 40           | 30        | 15         | 85
            just over twice the maximum    | C        | SEED     | 4000000.01 | C                 | SEED             | 1000000 | 2000000  | 40           | 30        | 0          | 70
            two stages away                | C        | SEED     | 1500000  | D                   | SERIES_B         | 1000000 | 2000000  | 0            | 0         | 30         | 30
            """)
    void scoresGoldenCases(String name, String industry, String stage, String amount, String industries,
            String stages, String min, String max, int industryPoints, int stagePoints, int ticketPoints, int total) {
        MatchScore score = calculator.score(project(industry, stage, amount),
                investor(industries, stages, min, max));

        assertThat(score.parts()).extracting(MatchScore.Part::points)
                .containsExactly(industryPoints, stagePoints, ticketPoints);
        assertThat(score.total()).isEqualTo(total);
    }

    @Test
    void partsComeInFixedOrderWithMaximums() {
        MatchScore score = calculator.score(project("C", "SEED", "1000000"), investor(null, null, null, null));

        assertThat(score.parts()).extracting(MatchScore.Part::criterion).containsExactly(
                MatchScore.Criterion.INDUSTRY, MatchScore.Criterion.STAGE, MatchScore.Criterion.TICKET);
        assertThat(score.parts()).extracting(MatchScore.Part::maxPoints).containsExactly(40, 30, 30);
    }

    @Test
    void reasonsNameTheFactsCompared() {
        MatchScore score = calculator.score(project("C", "SERIES_B", "20000000"),
                investor("C", "SERIES_A", "1000000", "10000000"));

        MatchReason industry = score.parts().get(0).reason();
        MatchReason stage = score.parts().get(1).reason();
        MatchReason ticket = score.parts().get(2).reason();
        assertThat(industry).isEqualTo(MatchReason.of("roadshow.match.industry.match", MatchReason.of("industry.C")));
        assertThat(stage).isEqualTo(MatchReason.of("roadshow.match.stage.adjacent",
                MatchReason.of("roadshow.stage.SERIES_B")));
        assertThat(ticket.key()).isEqualTo("roadshow.match.ticket.near");
        assertThat(ticket.arguments()).containsExactly(new BigDecimal("20000000"), new BigDecimal("1000000"),
                new BigDecimal("10000000"));
    }

    @Test
    void openBoundIsNamedInTheReason() {
        MatchScore score = calculator.score(project("I", "ANGEL", "400000"), investor("I", "ANGEL", "1000000", null));

        assertThat(score.parts().get(2).reason()).isEqualTo(MatchReason.of("roadshow.match.ticket.miss",
                new BigDecimal("400000"), new BigDecimal("1000000"), MatchReason.of("roadshow.match.ticket.noBound")));
    }

    private static ProjectFacts project(String industry, String stage, String amount) {
        return new ProjectFacts(Industry.valueOf(industry), FundingStage.valueOf(stage), new BigDecimal(amount));
    }

    private static InvestorFacts investor(String industries, String stages, String min, String max) {
        Set<Industry> industrySet = words(industries).stream().map(Industry::valueOf)
                .collect(java.util.stream.Collectors.toSet());
        Set<FundingStage> stageSet = words(stages).stream().map(FundingStage::valueOf)
                .collect(java.util.stream.Collectors.toSet());
        return new InvestorFacts(industrySet, stageSet, min == null ? null : new BigDecimal(min),
                max == null ? null : new BigDecimal(max));
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.strip().split("\\s+"));
    }
}
