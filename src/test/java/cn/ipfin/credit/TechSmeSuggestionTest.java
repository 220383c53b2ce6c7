package cn.ipfin.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import cn.ipfin.core.money.Money;

/**
 * Suggestions name the next band of each indicator and what reaches it. Expected amounts were worked out
 * by hand and checked with Python's decimal module.
 */
class TechSmeSuggestionTest {

    private final TechSmeAssessmentCalculator calculator = new TechSmeAssessmentCalculator(TechSmeRules.RULES_2017);

    @Test
    void exampleFirmGetsNextBandOfEachIndicator() {
        TechSmeAssessment result = calculator.assess(TechSmeAssessmentInput.builder()
                .employees(100)
                .techStaff(22)
                .salesRevenue(Money.of("10000000.00"))
                .totalCostAndExpense(Money.of("9000000.00"))
                .rdExpense(Money.of("450000.00"))
                .totalAssets(Money.of("50000000.00"))
                .classTwoIpCount(2)
                .build());

        // 25 % of 100 staff gives 16 points. R&D at 5 % of sales costs 50,000 more. The cost route to 40 points
        // would need (0.25 × 9,000,000 − 450,000) / 0.75 = 2,400,000 more, so the sales route is suggested.
        assertThat(result.suggestions()).containsExactly(
                AssessmentMessage.of("credit.techSme.suggestion.techStaff", 25, new BigDecimal("0.25"), 16, 4),
                AssessmentMessage.of("credit.techSme.suggestion.rdToSales", new BigDecimal("500000.00"),
                        new BigDecimal("50000.00"), new BigDecimal("0.05"), 40, 10),
                AssessmentMessage.of("credit.techSme.suggestion.classOneIp", 1, 30, 18),
                AssessmentMessage.of("credit.techSme.suggestion.classTwoIp", 3, 1, 18, 6));
    }

    @Test
    void costRouteCountsAddedRdInTotalCost() {
        TechSmeAssessment result = calculator.assess(TechSmeAssessmentInput.builder()
                .employees(100)
                .techStaff(30)
                .salesRevenue(Money.of("200000000.00"))
                .totalCostAndExpense(Money.of("1000000.00"))
                .rdExpense(Money.of("120000.00"))
                .classOneIpCount(1)
                .build());

        // x ≥ (0.15 × 1,000,000 − 120,000) / 0.85 = 35,294.1176…, rounded up to 35,294.12:
        // 155,294.12 / 1,035,294.12 = 0.1500000019 reaches 15 %, one fen less gives 0.1499999937.
        assertThat(result.rdScore()).isEqualTo(10);
        assertThat(result.suggestions()).containsExactly(
                AssessmentMessage.of("credit.techSme.suggestion.rdToCost", new BigDecimal("155294.12"),
                        new BigDecimal("35294.12"), new BigDecimal("0.15"), 20, 10));
    }

    @Test
    void suggestedCostRouteAmountReachesTheBand() {
        TechSmeAssessment result = calculator.assess(TechSmeAssessmentInput.builder()
                .employees(100)
                .techStaff(30)
                .salesRevenue(Money.of("200000000.00"))
                .totalCostAndExpense(Money.of("1035294.12"))
                .rdExpense(Money.of("155294.12"))
                .classOneIpCount(1)
                .build());

        assertThat(result.rdScore()).isEqualTo(20);
    }

    @Test
    void topBandsNeedNoSuggestion() {
        TechSmeAssessment result = calculator.assess(TechSmeAssessmentInput.builder()
                .employees(100)
                .techStaff(30)
                .salesRevenue(Money.of("10000000.00"))
                .totalCostAndExpense(Money.of("9000000.00"))
                .rdExpense(Money.of("600000.00"))
                .classOneIpCount(1)
                .build());

        assertThat(result.totalScore()).isEqualTo(100);
        assertThat(result.suggestions()).isEmpty();
    }

    @Test
    void techStaffCountRoundsUpToWholePerson() {
        TechSmeAssessment result = calculator.assess(TechSmeAssessmentInput.builder()
                .employees(7)
                .techStaff(0)
                .classOneIpCount(1)
                .build());

        // 10 % of 7 is 0.7 person, so 1 tech staff (14.3 %) reaches band E.
        assertThat(result.suggestions()).first()
                .isEqualTo(AssessmentMessage.of("credit.techSme.suggestion.techStaff", 1, new BigDecimal("0.10"), 4, 4));
    }

    @Test
    void zeroDenominatorsGiveNoRatioSuggestion() {
        TechSmeAssessment result = calculator.assess(TechSmeAssessmentInput.builder()
                .classOneIpCount(1)
                .build());

        assertThat(result.suggestions()).isEmpty();
    }
}
