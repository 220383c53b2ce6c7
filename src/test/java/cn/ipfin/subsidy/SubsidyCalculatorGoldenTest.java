package cn.ipfin.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.ipfin.core.money.Money;
import cn.ipfin.subsidy.ClaimFacts.YearInput;
import cn.ipfin.subsidy.SubsidyAssessment.Reason;
import cn.ipfin.subsidy.SubsidyCalculator.YearSlice;
import org.junit.jupiter.api.Test;

/**
 * Eligibility and amounts worked out by hand. Presets: Beijing Zhongguancun 40 % of interest paid, rate at most
 * LPR × 1.4, cap 500,000 a year; Fujian 20 % of principal × LPR (50 % guaranteed), up to 12 months, cap 200,000;
 * Sichuan 1.5 % of principal, rate at most LPR + 150 bp, up to 12 months and 10 M yuan; a Shanxi-like policy
 * with 50 % of interest paid and a 300,000 cap.
 */
class SubsidyCalculatorGoldenTest {

    private static final LocalDate FROM_2025 = LocalDate.of(2025, 1, 1);

    private static final PolicyTerms BEIJING = new PolicyTerms(FROM_2025, null, PolicyStatus.ACTIVE,
            RateCapKind.LPR_MULTIPLE, new BigDecimal("1.4"), null, false, null, null, SubsidyBase.INTEREST_PAID,
            null, new BigDecimal("0.40"), null, Money.of("500000.00"));
    private static final PolicyTerms FUJIAN = new PolicyTerms(FROM_2025, null, PolicyStatus.ACTIVE,
            RateCapKind.NONE, null, null, false, 12, null, SubsidyBase.PRINCIPAL_TIMES_RATE, null,
            new BigDecimal("0.20"), new BigDecimal("0.50"), Money.of("200000.00"));
    private static final PolicyTerms SICHUAN = new PolicyTerms(FROM_2025, null, PolicyStatus.ACTIVE,
            RateCapKind.LPR_PLUS_SPREAD, null, new BigDecimal("0.015"), false, 12, Money.of("10000000.00"),
            SubsidyBase.PRINCIPAL_TIMES_RATE, new BigDecimal("0.015"), BigDecimal.ONE, null, null);
    private static final PolicyTerms SHANXI = new PolicyTerms(FROM_2025, null, PolicyStatus.ACTIVE,
            RateCapKind.LPR_MULTIPLE, new BigDecimal("1.5"), null, false, null, null, SubsidyBase.INTEREST_PAID,
            null, new BigDecimal("0.50"), null, Money.of("300000.00"));

    private final SubsidyCalculator calculator = new SubsidyCalculator();

    @Test
    void beijingRejectsRateAboveLprTimesMultiple() {
        // 4.5 % > 3.0 % × 1.4 = 4.2 %
        SubsidyAssessment result = calculator.assess(BEIJING, oneYear("0.045", "0.03", "1000000.00", "24542.24", "0"));

        assertThat(result.eligible()).isFalse();
        assertThat(result.reasons()).containsExactly(new Reason("subsidy.reason.rateAboveLprMultiple",
                List.of("4.5", "3.0", "1.4", "4.2")));
        assertThat(result.total()).isEqualTo(Money.ZERO);
        assertThat(result.years()).isEmpty();
    }

    @Test
    void beijingPaysFortyPercentOfInterestPaid() {
        // 4.0 % <= 4.2 %; 20,000.00 × 40 % = 8,000.00
        SubsidyAssessment result = calculator.assess(BEIJING, oneYear("0.04", "0.03", "1000000.00", "20000.00", "0"));

        assertThat(result.eligible()).isTrue();
        assertThat(result.total()).isEqualTo(Money.of("8000.00"));
        assertThat(result.years().get(0).capped()).isFalse();
    }

    @Test
    void beijingCutsAmountToWhatIsLeftOfYearlyCap() {
        // 200,000.00 × 40 % = 80,000.00, but 450,000.00 of the 500,000.00 cap is used: 50,000.00 left
        SubsidyAssessment result = calculator.assess(BEIJING, oneYear("0.04", "0.03", "5000000.00", "200000.00",
                "450000.00"));

        assertThat(result.total()).isEqualTo(Money.of("50000.00"));
        assertThat(result.years().get(0).capped()).isTrue();
    }

    @Test
    void capUsedUpGivesZero() {
        SubsidyAssessment result = calculator.assess(BEIJING, oneYear("0.04", "0.03", "5000000.00", "200000.00",
                "500000.00"));

        assertThat(result.eligible()).isTrue();
        assertThat(result.total()).isEqualTo(Money.ZERO);
        assertThat(result.years().get(0).capped()).isTrue();
    }

    @Test
    void periodOverTwoYearsIsCappedPerYear() {
        // 2025: 15,000.00 × 50 % = 7,500.00, 5,000.00 left of the cap -> 5,000.00 (capped)
        // 2026: 14,800.00 × 50 % = 7,400.00, nothing used yet -> 7,400.00; total 12,400.00
        LocalDate from = LocalDate.of(2025, 10, 1);
        LocalDate to = LocalDate.of(2026, 3, 31);
        ClaimFacts facts = new ClaimFacts(new BigDecimal("0.04"), new BigDecimal("0.03"), Money.of("1000000.00"), 12,
                false, false, from, to, List.of(
                        new YearInput(2025, from, LocalDate.of(2025, 12, 31), Money.of("15000.00"),
                                Money.of("295000.00")),
                        new YearInput(2026, LocalDate.of(2026, 1, 1), to, Money.of("14800.00"), Money.ZERO)));

        SubsidyAssessment result = calculator.assess(SHANXI, facts);

        assertThat(result.years()).hasSize(2);
        assertThat(result.years().get(0).amount()).isEqualTo(Money.of("5000.00"));
        assertThat(result.years().get(0).capped()).isTrue();
        assertThat(result.years().get(1).amount()).isEqualTo(Money.of("7400.00"));
        assertThat(result.years().get(1).capped()).isFalse();
        assertThat(result.total()).isEqualTo(Money.of("12400.00"));
    }

    @Test
    void yearsOfSplitsPeriodAtNewYear() {
        assertThat(SubsidyCalculator.yearsOf(LocalDate.of(2025, 10, 1), LocalDate.of(2027, 1, 15))).containsExactly(
                new YearSlice(2025, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)),
                new YearSlice(2026, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                new YearSlice(2027, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 15)));
    }

    @Test
    void amountIsRoundedHalfUpToFen() {
        // 333.33 × 50 % = 166.665 -> 166.67 (HALF_EVEN would give 166.66)
        SubsidyAssessment half = calculator.assess(SHANXI, oneYear("0.04", "0.03", "100000.00", "333.33", "0"));
        // 12,345.67 × 40 % = 4,938.268 -> 4,938.27
        SubsidyAssessment beijing = calculator.assess(BEIJING, oneYear("0.04", "0.03", "1000000.00", "12345.67", "0"));

        assertThat(half.total()).isEqualTo(Money.of("166.67"));
        assertThat(beijing.total()).isEqualTo(Money.of("4938.27"));
    }

    @Test
    void fujianPaysShareOfPrincipalTimesLpr() {
        // 2025-07-01..2025-09-28 is 31 + 31 + 28 = 90 days; 1,000,000 × 3 % × 90 / 360 = 7,500.00
        // 20 % -> 1,500.00; interest paid 11,250.00 × 20 % = 2,250.00 is not the limit
        ClaimFacts facts = quarter(false);

        SubsidyAssessment result = calculator.assess(FUJIAN, facts);

        assertThat(result.years().get(0).base()).isEqualTo(Money.of("7500.00"));
        assertThat(result.total()).isEqualTo(Money.of("1500.00"));
        assertThat(result.share()).isEqualByComparingTo("0.20");
    }

    @Test
    void fujianPaysHalfWithGuarantee() {
        // 7,500.00 × 50 % = 3,750.00
        SubsidyAssessment result = calculator.assess(FUJIAN, quarter(true));

        assertThat(result.total()).isEqualTo(Money.of("3750.00"));
        assertThat(result.share()).isEqualByComparingTo("0.50");
    }

    @Test
    void fujianRejectsTermAboveOneYear() {
        ClaimFacts facts = new ClaimFacts(new BigDecimal("0.04"), new BigDecimal("0.03"), Money.of("1000000.00"), 24,
                false, false, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 28), List.of(new YearInput(2025,
                        LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 28), Money.of("10000.00"), Money.ZERO)));

        SubsidyAssessment result = calculator.assess(FUJIAN, facts);

        assertThat(result.reasons()).containsExactly(new Reason("subsidy.reason.termTooLong", List.of("24", "12")));
    }

    @Test
    void sichuanPaysOneAndHalfPercentOfPrincipal() {
        // 2,000,000 × 1.5 % × 365 / 360 = 30,416.666... -> 30,416.67; interest paid 90,000.00 is not the limit
        SubsidyAssessment result = calculator.assess(SICHUAN, wholeYear2025("0.045", "0.031", "2000000.00",
                "90000.00"));

        assertThat(result.eligible()).isTrue();
        assertThat(result.total()).isEqualTo(Money.of("30416.67"));
    }

    @Test
    void sichuanNeverPaysMoreThanInterestPaid() {
        // 30,416.67 by principal, but only 20,000.00 of interest was paid: 20,000.00 × 100 %
        SubsidyAssessment result = calculator.assess(SICHUAN, wholeYear2025("0.045", "0.031", "2000000.00",
                "20000.00"));

        assertThat(result.total()).isEqualTo(Money.of("20000.00"));
    }

    @Test
    void sichuanRejectsRateAboveLprPlusSpreadAndLargeLoan() {
        // 4.7 % > 3.1 % + 150 bp = 4.6 %; 12,000,000 > 10,000,000
        SubsidyAssessment result = calculator.assess(SICHUAN, wholeYear2025("0.047", "0.031", "12000000.00",
                "500000.00"));

        assertThat(result.reasons()).containsExactly(
                new Reason("subsidy.reason.rateAboveLprSpread", List.of("4.7", "3.1", "150", "4.6")),
                new Reason("subsidy.reason.amountTooLarge", List.of("12000000.00", "10000000.00")));
    }

    @Test
    void suspendedPolicyAndMissingTechSmeAreReasons() {
        PolicyTerms suspended = new PolicyTerms(FROM_2025, LocalDate.of(2025, 6, 30), PolicyStatus.SUSPENDED,
                RateCapKind.NONE, null, null, true, null, null, SubsidyBase.INTEREST_PAID, null,
                new BigDecimal("0.5"), null, null);

        SubsidyAssessment result = calculator.assess(suspended, oneYear("0.04", "0.03", "1000000.00", "100.00", "0"));

        assertThat(result.reasons()).extracting(Reason::messageKey).containsExactly("subsidy.reason.suspended",
                "subsidy.reason.afterPolicy", "subsidy.reason.notTechSme");
    }

    private static ClaimFacts oneYear(String rate, String lpr, String principal, String paid, String claimedBefore) {
        LocalDate from = LocalDate.of(2025, 6, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        return new ClaimFacts(new BigDecimal(rate), new BigDecimal(lpr), Money.of(principal), 12, false, false, from,
                to, List.of(new YearInput(2025, from, to, Money.of(paid), Money.of(claimedBefore))));
    }

    private static ClaimFacts wholeYear2025(String rate, String lpr, String principal, String paid) {
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        return new ClaimFacts(new BigDecimal(rate), new BigDecimal(lpr), Money.of(principal), 12, false, false, from,
                to, List.of(new YearInput(2025, from, to, Money.of(paid), Money.ZERO)));
    }

    private static ClaimFacts quarter(boolean guaranteed) {
        LocalDate from = LocalDate.of(2025, 7, 1);
        LocalDate to = LocalDate.of(2025, 9, 28);
        return new ClaimFacts(new BigDecimal("0.045"), new BigDecimal("0.03"), Money.of("1000000.00"), 12, guaranteed,
                false, from, to, List.of(new YearInput(2025, from, to, Money.of("11250.00"), Money.ZERO)));
    }
}
