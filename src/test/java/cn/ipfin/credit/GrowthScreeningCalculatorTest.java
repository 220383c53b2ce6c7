package cn.ipfin.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GrowthScreeningCalculatorTest {

    private final GrowthScreeningCalculator calculator = new GrowthScreeningCalculator();

    @ParameterizedTest
    @CsvSource({
            // 12.1 M / 10 M = 1.21 = 1.1², so 10 % a year over two years.
            "10000000.00, 12100000.00, 2, 0.1000",
            "8000000.00, 8000000.00, 2, 0.0000",
            // √0.9 = 0.948683…, so −5.13 % a year.
            "12000000.00, 10800000.00, 2, -0.0513",
            // 2 M to 3 M in one year is 50 %.
            "2000000.00, 3000000.00, 1, 0.5000"})
    void computesRevenueCagr(BigDecimal first, BigDecimal latest, int years, BigDecimal expected) {
        assertThat(GrowthScreeningCalculator.revenueCagr(first, latest, years)).isEqualByComparingTo(expected);
    }

    @Test
    void cagrNeedsAPositiveBaseAndAYear() {
        assertThat(GrowthScreeningCalculator.revenueCagr(BigDecimal.ZERO, BigDecimal.TEN, 2)).isNull();
        assertThat(GrowthScreeningCalculator.revenueCagr(BigDecimal.TEN, BigDecimal.TEN, 0)).isNull();
        assertThat(GrowthScreeningCalculator.revenueCagr(null, BigDecimal.TEN, 2)).isNull();
    }

    @Test
    void ranksEnterprisesMeetingEveryThresholdFirst() {
        GrowthFacts fast = facts(1L, "快速成长", "I", "140105", "10000000", "12100000", "726000", 3, true);
        GrowthFacts steady = facts(2L, "平稳经营", "I", "140105", "8000000", "8000000", "800000", 5, true);
        GrowthFacts noStatements = new GrowthFacts(3L, "未报报表", "I", "140105", null, null, 0, null, 0, null);
        GrowthCriteria criteria = new GrowthCriteria(new BigDecimal("0.05"), new BigDecimal("0.06"), 2, true,
                Set.of(), Set.of());

        List<GrowthScreeningRow> rows = calculator.screen(List.of(noStatements, steady, fast), criteria);

        assertThat(rows).extracting(GrowthScreeningRow::name).containsExactly("快速成长", "平稳经营", "未报报表");
        assertThat(rows.get(0).qualifies()).isTrue();
        assertThat(rows.get(0).rdIntensity()).isEqualByComparingTo("0.0600");
        assertThat(rows.get(1).criteriaMet()).isEqualTo(3);
        assertThat(rows.get(1).qualifies()).isFalse();
        assertThat(rows.get(2).criteriaMet()).isZero();
        assertThat(rows.get(2).criteriaSet()).isEqualTo(4);
    }

    @Test
    void industryAndDistrictAreFilters() {
        GrowthFacts taiyuan = facts(1L, "太原企业", "C", "140109", "1", "1", "0", 0, null);
        GrowthFacts datong = facts(2L, "大同企业", "C", "140200", "1", "1", "0", 0, null);
        GrowthFacts software = facts(3L, "软件企业", "I", "140105", "1", "1", "0", 0, null);

        List<GrowthScreeningRow> rows = calculator.screen(List.of(taiyuan, datong, software),
                new GrowthCriteria(null, null, null, false, Set.of("C"), Set.of("140100")));

        assertThat(rows).extracting(GrowthScreeningRow::name).containsExactly("太原企业");
        assertThat(rows.get(0).qualifies()).isTrue();
    }

    private static GrowthFacts facts(Long id, String name, String industry, String district, String first,
            String latest, String rd, int newIp, Boolean techSme) {
        return new GrowthFacts(id, name, industry, district, new BigDecimal(first), new BigDecimal(latest), 2,
                new BigDecimal(rd), newIp, techSme);
    }
}
