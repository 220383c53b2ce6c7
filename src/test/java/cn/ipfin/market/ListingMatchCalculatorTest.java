package cn.ipfin.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.ipfin.core.money.Money;
import cn.ipfin.ipasset.IpKind;
import cn.ipfin.market.ListingMatchCalculator.Candidate;
import cn.ipfin.market.ListingMatchCalculator.Criteria;
import cn.ipfin.market.ListingMatchCalculator.Match;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden cases of the buy-request matcher. Scores were added up by hand: type 30 (15 when the request names
 * none), industry 20 / 10 / 0, keywords 40 × found ÷ asked rounded down (20 without keywords), price 10 within
 * budget or 5 when negotiable.
 */
class ListingMatchCalculatorTest {

    private final ListingMatchCalculator calculator = new ListingMatchCalculator();

    private static final Candidate GAS_SENSOR = new Candidate(1L, IpKind.INVENTION, "C", "一种瓦斯浓度检测传感器",
            "用于煤矿井下的激光甲烷检测", Money.of("300000.00"));

    @ParameterizedTest(name = "{0}/{1}/{2}/{3} -> {4}")
    @CsvSource(nullValues = "none", value = {
            // type 30 + industry 20 + 2 of 2 keywords 40 + price 10 = 100
            "INVENTION, C,    瓦斯 传感器,       500000.00, 100",
            // type 30 + industry 0 + 1 of 2 keywords 20 + price 10 = 60
            "INVENTION, I,    瓦斯 无人机,       500000.00, 60",
            // no type 15 + no industry 10 + 1 of 3 keywords 13 (40/3 rounded down) + price 10 = 48
            "none,      none, 甲烷，风电、储能,   none,      48",
            // type 30 + industry 20 + no keywords given 20 + price equal to the budget 10 = 80
            "INVENTION, C,    ' ',               300000.00, 80",
            // type 30 + industry 10 + 1 of 3 keywords 13 + price 10 = 63
            "INVENTION, none, 激光 LIDAR 雷达,   none,      63",
    })
    void scoresGasSensor(String kind, String industry, String keywords, String budgetMax, int score) {
        Criteria criteria = new Criteria(kind == null ? null : IpKind.valueOf(kind), industry, keywords,
                budgetMax == null ? null : Money.of(budgetMax));

        assertThat(calculator.score(criteria, GAS_SENSOR)).hasValueSatisfying(match ->
                assertThat(match.score()).isEqualTo(score));
    }

    @ParameterizedTest(name = "{0}/{1}/{2} excluded")
    @CsvSource(nullValues = "none", value = {
            // another IP type
            "UTILITY_MODEL, 瓦斯,     none",
            // no keyword found
            "INVENTION,     无人机,   none",
            // price above the maximum budget by one fen
            "INVENTION,     瓦斯,     299999.99",
    })
    void excludesGasSensor(String kind, String keywords, String budgetMax) {
        Criteria criteria = new Criteria(IpKind.valueOf(kind), null, keywords,
                budgetMax == null ? null : Money.of(budgetMax));

        assertThat(calculator.score(criteria, GAS_SENSOR)).isEmpty();
    }

    @Test
    void negotiableListingScoresFiveForPrice() {
        Candidate negotiable = new Candidate(2L, IpKind.INVENTION, "C", "一种瓦斯浓度检测传感器", null, null);

        // type 30 + industry 20 + keywords 40 + negotiable 5 = 95
        assertThat(calculator.score(new Criteria(IpKind.INVENTION, "C", "瓦斯", Money.of("1.00")), negotiable))
                .hasValueSatisfying(match -> assertThat(match.score()).isEqualTo(95));
    }

    @Test
    void matchesAreSortedAndWeakOnesLeftOut() {
        Candidate weak = new Candidate(3L, IpKind.INVENTION, "A", "一种温室大棚", "包含传感器", Money.of("10.00"));
        Candidate strong = new Candidate(4L, IpKind.INVENTION, "C", "瓦斯传感器", null, Money.of("10.00"));
        Criteria criteria = new Criteria(null, "C", "瓦斯 传感器 激光 光纤 甲烷", null);

        // weak: 15 + 0 + 1 of 5 → 8 + 10 = 33, below 40; strong: 15 + 20 + 2 of 5 → 16 + 10 = 61;
        // gas sensor: 15 + 20 + 4 of 5 → 32 + 10 = 77
        List<Match> matches = calculator.match(criteria, List.of(weak, strong, GAS_SENSOR));

        assertThat(matches).extracting(Match::listingId).containsExactly(1L, 4L);
        assertThat(matches).extracting(Match::score).containsExactly(77, 61);
    }

    @Test
    void keywordsSplitAtChinesePunctuation() {
        assertThat(ListingMatchCalculator.keywords("瓦斯，传感器、 甲烷;瓦斯  ＬＩＤＡＲ"))
                .containsExactly("瓦斯", "传感器", "甲烷", "lidar");
    }
}
