package cn.ipfin.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.money.Money;

class TechSmeAssessmentCalculatorTest {

    private final TechSmeAssessmentCalculator calculator = new TechSmeAssessmentCalculator(TechSmeRules.RULES_2017);

    /** 22 % tech staff, R&D 4.5 % of sales and 5 % of cost, eligible by size. */
    private static TechSmeAssessmentInput.Builder exampleFirm() {
        return TechSmeAssessmentInput.builder()
                .employees(100)
                .techStaff(22)
                .salesRevenue(Money.of("10000000.00"))
                .totalCostAndExpense(Money.of("9000000.00"))
                .rdExpense(Money.of("450000.00"))
                .totalAssets(Money.of("50000000.00"));
    }

    @Test
    void twoUtilityModelsScore54AndFail() {
        TechSmeAssessment result = calculator.assess(exampleFirm().classTwoIpCount(2).build());

        assertThat(result.techStaffScore()).isEqualTo(12);
        assertThat(result.rdScore()).isEqualTo(30);
        assertThat(result.ipScore()).isEqualTo(12);
        assertThat(result.totalScore()).isEqualTo(54);
        assertThat(result.eligible()).isTrue();
        assertThat(result.qualified()).isFalse();
        assertThat(result.route()).isEqualTo(QualificationRoute.SCORED);
        assertThat(result.reasons()).containsExactly(
                AssessmentMessage.of("credit.techSme.reason.scoreBelowPass", 54, 60));
    }

    @Test
    void oneInventionPatentScores72AndQualifies() {
        TechSmeAssessment result = calculator.assess(exampleFirm().classOneIpCount(1).build());

        assertThat(result.techStaffScore()).isEqualTo(12);
        assertThat(result.rdScore()).isEqualTo(30);
        assertThat(result.ipScore()).isEqualTo(30);
        assertThat(result.totalScore()).isEqualTo(72);
        assertThat(result.qualified()).isTrue();
        assertThat(result.reasons()).isEmpty();
    }

    @Test
    void indicatorsShowRatiosBandsAndPoints() {
        TechSmeAssessment result = calculator.assess(exampleFirm().classTwoIpCount(2).build());

        assertThat(result.indicators()).containsExactly(
                new IndicatorScore(TechSmeIndicator.TECH_STAFF_RATIO, new BigDecimal("0.2200"), "C", 12, true),
                new IndicatorScore(TechSmeIndicator.RD_TO_SALES_RATIO, new BigDecimal("0.0450"), "C", 30, true),
                new IndicatorScore(TechSmeIndicator.RD_TO_COST_RATIO, new BigDecimal("0.0500"), "F", 0, false),
                new IndicatorScore(TechSmeIndicator.INTELLECTUAL_PROPERTY, new BigDecimal("2"), "D", 12, true));
    }

    @Test
    void betterRdRatioCounts() {
        TechSmeAssessment result = calculator.assess(exampleFirm()
                .totalCostAndExpense(Money.of("1800000.00"))
                .build());

        assertThat(result.rdScore()).isEqualTo(40);
        assertThat(result.indicators().get(1).counted()).isFalse();
        assertThat(result.indicators().get(2).counted()).isTrue();
        assertThat(result.indicators().get(2).value()).isEqualByComparingTo("0.25");
    }

    @Test
    void zeroTechStaffScoreFailsDespitePassMark() {
        TechSmeAssessment result = calculator.assess(exampleFirm()
                .techStaff(9)
                .rdExpense(Money.of("600000.00"))
                .classOneIpCount(1)
                .build());

        assertThat(result.techStaffScore()).isZero();
        assertThat(result.totalScore()).isEqualTo(80);
        assertThat(result.eligible()).isTrue();
        assertThat(result.qualified()).isFalse();
        assertThat(result.reasons()).containsExactly(AssessmentMessage.of(
                "credit.techSme.reason.techStaffScoreZero", new BigDecimal("0.0900"), new BigDecimal("0.10")));
    }

    @Test
    void tenPercentTechStaffQualifies() {
        TechSmeAssessment result = calculator.assess(exampleFirm()
                .techStaff(10)
                .rdExpense(Money.of("600000.00"))
                .classTwoIpCount(1)
                .build());

        assertThat(result.totalScore()).isEqualTo(60);
        assertThat(result.qualified()).isTrue();
    }

    @Test
    void scoreOf58Fails() {
        TechSmeAssessment result = calculator.assess(exampleFirm()
                .techStaff(10)
                .rdExpense(Money.of("400000.00"))
                .classTwoIpCount(4)
                .build());

        assertThat(result.totalScore()).isEqualTo(58);
        assertThat(result.qualified()).isFalse();
        assertThat(result.reasons()).containsExactly(
                AssessmentMessage.of("credit.techSme.reason.scoreBelowPass", 58, 60));
    }

    @ParameterizedTest
    @EnumSource(DirectQualification.class)
    void directQualificationSkipsScore(DirectQualification qualification) {
        TechSmeAssessment result = calculator.assess(exampleFirm()
                .techStaff(0)
                .rdExpense(Money.ZERO)
                .directQualifications(Set.of(qualification))
                .build());

        assertThat(result.totalScore()).isZero();
        assertThat(result.route()).isEqualTo(QualificationRoute.DIRECT);
        assertThat(result.eligible()).isTrue();
        assertThat(result.qualified()).isTrue();
        assertThat(result.directQualifications()).containsExactly(qualification);
        assertThat(result.reasons()).isEmpty();
    }

    @Test
    void directQualificationStillNeedsEligibility() {
        TechSmeAssessment result = calculator.assess(exampleFirm()
                .employees(501)
                .directQualifications(Set.of(DirectQualification.HIGH_TECH_ENTERPRISE))
                .build());

        assertThat(result.route()).isEqualTo(QualificationRoute.DIRECT);
        assertThat(result.eligible()).isFalse();
        assertThat(result.qualified()).isFalse();
        assertThat(result.reasons()).containsExactly(
                AssessmentMessage.of("credit.techSme.reason.tooManyEmployees", 501, 500));
    }

    @Test
    void sizeLimitsAreInclusive() {
        TechSmeAssessment result = calculator.assess(exampleFirm()
                .employees(500)
                .techStaff(110)
                .salesRevenue(Money.of("200000000.00"))
                .totalAssets(Money.of("200000000.00"))
                .totalCostAndExpense(Money.of("1000000.00"))
                .rdExpense(Money.of("300000.00"))
                .classOneIpCount(1)
                .build());

        assertThat(result.eligible()).isTrue();
        assertThat(result.qualified()).isTrue();
    }

    @Test
    void tooManyEmployeesIsIneligible() {
        TechSmeAssessment result = calculator.assess(exampleFirm()
                .employees(501)
                .techStaff(110)
                .classOneIpCount(1)
                .build());

        assertThat(result.eligible()).isFalse();
        assertThat(result.qualified()).isFalse();
        assertThat(result.totalScore()).isEqualTo(72);
        assertThat(result.reasons()).containsExactly(
                AssessmentMessage.of("credit.techSme.reason.tooManyEmployees", 501, 500));
    }

    @Test
    void salesOneFenOverLimitIsIneligible() {
        TechSmeAssessment result = calculator.assess(exampleFirm()
                .salesRevenue(Money.of("200000000.01"))
                .totalCostAndExpense(Money.of("1800000.00"))
                .classOneIpCount(1)
                .build());

        assertThat(result.totalScore()).isEqualTo(82);
        assertThat(result.eligible()).isFalse();
        assertThat(result.qualified()).isFalse();
        assertThat(result.reasons()).containsExactly(AssessmentMessage.of("credit.techSme.reason.salesRevenueTooHigh",
                new BigDecimal("200000000.01"), new BigDecimal("200000000.00")));
    }

    @Test
    void assetsOneFenOverLimitIsIneligible() {
        TechSmeAssessment result = calculator.assess(exampleFirm()
                .totalAssets(Money.of("200000000.01"))
                .classOneIpCount(1)
                .build());

        assertThat(result.eligible()).isFalse();
        assertThat(result.reasons()).containsExactly(AssessmentMessage.of("credit.techSme.reason.totalAssetsTooHigh",
                new BigDecimal("200000000.01"), new BigDecimal("200000000.00")));
    }

    @Test
    void falseDeclarationsAreIneligible() {
        TechSmeAssessment result = calculator.assess(exampleFirm()
                .classOneIpCount(1)
                .mainlandResident(false)
                .permittedIndustry(false)
                .noSeriousViolations(false)
                .build());

        assertThat(result.eligible()).isFalse();
        assertThat(result.qualified()).isFalse();
        assertThat(result.reasons()).containsExactly(
                AssessmentMessage.of("credit.techSme.reason.notMainlandResident"),
                AssessmentMessage.of("credit.techSme.reason.prohibitedIndustry"),
                AssessmentMessage.of("credit.techSme.reason.seriousViolations"));
    }

    @Test
    void zeroDenominatorsGiveZeroRatiosWithReasons() {
        TechSmeAssessment result = calculator.assess(TechSmeAssessmentInput.builder()
                .rdExpense(Money.of("1000.00"))
                .classOneIpCount(1)
                .build());

        assertThat(result.indicators()).extracting(IndicatorScore::value)
                .containsExactly(new BigDecimal("0.0000"), new BigDecimal("0.0000"), new BigDecimal("0.0000"),
                        BigDecimal.ONE);
        assertThat(result.totalScore()).isEqualTo(30);
        assertThat(result.reasons()).containsExactly(
                AssessmentMessage.of("credit.techSme.reason.noEmployees"),
                AssessmentMessage.of("credit.techSme.reason.noSalesRevenue"),
                AssessmentMessage.of("credit.techSme.reason.noCostAndExpense"),
                AssessmentMessage.of("credit.techSme.reason.scoreBelowPass", 30, 60),
                AssessmentMessage.of("credit.techSme.reason.techStaffScoreZero", new BigDecimal("0.0000"),
                        new BigDecimal("0.10")));
    }

    @Test
    void techStaffAboveEmployeesIsRejected() {
        TechSmeAssessmentInput input = exampleFirm().techStaff(101).build();

        assertThatThrownBy(() -> calculator.assess(input))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::field, InvalidInputException.Violation::messageKey)
                        .containsExactly(tuple("techStaff",
                                "credit.techSme.techStaff.exceedsEmployees")));
    }

    @Test
    void negativeFiguresAreAllRejectedAtOnce() {
        TechSmeAssessmentInput input = TechSmeAssessmentInput.builder()
                .employees(-1)
                .techStaff(-2)
                .salesRevenue(Money.of("-0.01"))
                .totalCostAndExpense(Money.of("-1.00"))
                .rdExpense(Money.of("-1.00"))
                .totalAssets(Money.of("-1.00"))
                .classOneIpCount(-1)
                .classTwoIpCount(-1)
                .build();

        assertThatThrownBy(() -> calculator.assess(input))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::messageKey)
                        .containsExactly(
                                "credit.techSme.employees.invalid", "credit.techSme.techStaff.invalid",
                                "credit.techSme.salesRevenue.invalid", "credit.techSme.totalCostAndExpense.invalid",
                                "credit.techSme.rdExpense.invalid", "credit.techSme.totalAssets.invalid",
                                "credit.techSme.classOneIpCount.invalid", "credit.techSme.classTwoIpCount.invalid"));
    }
}
