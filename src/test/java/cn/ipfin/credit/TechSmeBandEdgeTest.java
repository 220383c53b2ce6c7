package cn.ipfin.credit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.ipfin.core.money.Money;

/**
 * Every band edge of the 2017 tables: each row is exactly at a lower bound or one person, one fen or one
 * item below it. Expected points are copied from the rules, not computed.
 */
class TechSmeBandEdgeTest {

    private final TechSmeAssessmentCalculator calculator = new TechSmeAssessmentCalculator(TechSmeRules.RULES_2017);

    @ParameterizedTest(name = "{1} of {0} tech staff -> {2} {3}")
    @CsvSource({
            "100, 30, A, 20", "100, 29, B, 16",
            "100, 25, B, 16", "100, 24, C, 12",
            "100, 20, C, 12", "100, 19, D, 8",
            "100, 15, D, 8", "100, 14, E, 4",
            "100, 10, E, 4", "100, 9, F, 0",
            "100, 100, A, 20", "100, 0, F, 0",
            "40, 12, A, 20", "40, 11, B, 16",
            "7, 3, A, 20", "7, 2, B, 16",
            "500, 50, E, 4", "500, 49, F, 0"})
    void techStaffBands(int employees, int techStaff, String grade, int points) {
        TechSmeAssessment result = calculator.assess(TechSmeAssessmentInput.builder()
                .employees(employees)
                .techStaff(techStaff)
                .build());

        IndicatorScore score = result.indicators().get(0);
        assertThat(score.indicator()).isEqualTo(TechSmeIndicator.TECH_STAFF_RATIO);
        assertThat(score.grade()).isEqualTo(grade);
        assertThat(score.points()).isEqualTo(points);
        assertThat(result.techStaffScore()).isEqualTo(points);
    }

    @ParameterizedTest(name = "R&D {0} of sales 10,000,000.00 -> {1} {2}")
    @CsvSource({
            "600000.00, A, 50", "599999.99, B, 40",
            "500000.00, B, 40", "499999.99, C, 30",
            "400000.00, C, 30", "399999.99, D, 20",
            "300000.00, D, 20", "299999.99, E, 10",
            "200000.00, E, 10", "199999.99, F, 0",
            "0.00, F, 0"})
    void rdToSalesBands(String rdExpense, String grade, int points) {
        TechSmeAssessment result = calculator.assess(TechSmeAssessmentInput.builder()
                .employees(100)
                .salesRevenue(Money.of("10000000.00"))
                .totalCostAndExpense(Money.of("100000000.00"))
                .rdExpense(Money.of(rdExpense))
                .build());

        IndicatorScore score = result.indicators().get(1);
        assertThat(score.indicator()).isEqualTo(TechSmeIndicator.RD_TO_SALES_RATIO);
        assertThat(score.grade()).isEqualTo(grade);
        assertThat(score.points()).isEqualTo(points);
        assertThat(score.counted()).isTrue();
        assertThat(result.rdScore()).isEqualTo(points);
    }

    @ParameterizedTest(name = "R&D {0} of cost 1,000,000.00 -> {1} {2}")
    @CsvSource({
            "300000.00, A, 50", "299999.99, B, 40",
            "250000.00, B, 40", "249999.99, C, 30",
            "200000.00, C, 30", "199999.99, D, 20",
            "150000.00, D, 20", "149999.99, E, 10",
            "100000.00, E, 10", "99999.99, F, 0"})
    void rdToCostBands(String rdExpense, String grade, int points) {
        TechSmeAssessment result = calculator.assess(TechSmeAssessmentInput.builder()
                .employees(100)
                .salesRevenue(Money.of("200000000.00"))
                .totalCostAndExpense(Money.of("1000000.00"))
                .rdExpense(Money.of(rdExpense))
                .build());

        IndicatorScore score = result.indicators().get(2);
        assertThat(score.indicator()).isEqualTo(TechSmeIndicator.RD_TO_COST_RATIO);
        assertThat(score.grade()).isEqualTo(grade);
        assertThat(score.points()).isEqualTo(points);
        assertThat(result.rdScore()).isEqualTo(points);
    }

    @ParameterizedTest(name = "class I {0}, class II {1} -> {2} {3}")
    @CsvSource({
            "1, 0, A, 30", "0, 0, F, 0",
            "1, 4, A, 30", "5, 9, A, 30",
            "0, 4, B, 24", "0, 3, C, 18",
            "0, 2, D, 12", "0, 1, E, 6",
            "0, 25, B, 24"})
    void ipBands(int classOne, int classTwo, String grade, int points) {
        TechSmeAssessment result = calculator.assess(TechSmeAssessmentInput.builder()
                .employees(100)
                .classOneIpCount(classOne)
                .classTwoIpCount(classTwo)
                .build());

        IndicatorScore score = result.indicators().get(3);
        assertThat(score.indicator()).isEqualTo(TechSmeIndicator.INTELLECTUAL_PROPERTY);
        assertThat(score.grade()).isEqualTo(grade);
        assertThat(score.points()).isEqualTo(points);
        assertThat(result.ipScore()).isEqualTo(points);
    }
}
