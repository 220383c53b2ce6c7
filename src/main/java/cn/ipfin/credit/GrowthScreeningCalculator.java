package cn.ipfin.credit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Screens enterprises for growth (成长性筛选). Revenue CAGR = (latest revenue ÷ earliest revenue)^(1/years) − 1
 * over the last three statement years; R&D intensity = R&D expense ÷ operating revenue of the latest year; both
 * rounded HALF_UP to four decimals. Industry and district are filters. The thresholds are counted, so the list
 * ranks enterprises that meet every threshold first, then by thresholds met, then by revenue CAGR.
 */
public final class GrowthScreeningCalculator {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    public List<GrowthScreeningRow> screen(List<GrowthFacts> enterprises, GrowthCriteria criteria) {
        return enterprises.stream()
                .filter(facts -> criteria.industries().isEmpty() || criteria.industries().contains(facts.industry()))
                .filter(facts -> criteria.districts().isEmpty() || inDistricts(facts.district(), criteria))
                .map(facts -> row(facts, criteria))
                .sorted(Comparator.comparing(GrowthScreeningRow::qualifies).reversed()
                        .thenComparing(Comparator.comparingInt(GrowthScreeningRow::criteriaMet).reversed())
                        .thenComparing(GrowthScreeningRow::revenueCagr, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    /** Returns the compound annual growth rate, or null when it cannot be computed (no base, no years). */
    public static BigDecimal revenueCagr(BigDecimal first, BigDecimal latest, int years) {
        if (first == null || latest == null || years < 1 || first.signum() <= 0 || latest.signum() < 0) {
            return null;
        }
        // The n-th root needs a double; the ratio is unitless and the result is rounded to four decimals.
        double ratio = latest.divide(first, PRECISION).doubleValue();
        BigDecimal growth = BigDecimal.valueOf(Math.pow(ratio, 1.0 / years)).subtract(BigDecimal.ONE);
        return growth.setScale(4, RoundingMode.HALF_UP);
    }

    private static GrowthScreeningRow row(GrowthFacts facts, GrowthCriteria criteria) {
        BigDecimal cagr = revenueCagr(facts.firstRevenue(), facts.latestRevenue(), facts.years());
        BigDecimal intensity = facts.latestRevenue() == null || facts.latestRevenue().signum() <= 0
                || facts.latestRdExpense() == null ? null
                : facts.latestRdExpense().divide(facts.latestRevenue(), 4, RoundingMode.HALF_UP);
        int set = 0;
        int met = 0;
        if (criteria.minRevenueCagr() != null) {
            set++;
            met += cagr != null && cagr.compareTo(criteria.minRevenueCagr()) >= 0 ? 1 : 0;
        }
        if (criteria.minRdIntensity() != null) {
            set++;
            met += intensity != null && intensity.compareTo(criteria.minRdIntensity()) >= 0 ? 1 : 0;
        }
        if (criteria.minNewIp() != null) {
            set++;
            met += facts.newIp() >= criteria.minNewIp() ? 1 : 0;
        }
        if (criteria.requireTechSme()) {
            set++;
            met += Objects.equals(facts.techSme(), Boolean.TRUE) ? 1 : 0;
        }
        return new GrowthScreeningRow(facts.organizationId(), facts.name(), facts.industry(), facts.district(), cagr,
                intensity, facts.newIp(), facts.techSme(), met, set, met == set);
    }

    private static boolean inDistricts(String district, GrowthCriteria criteria) {
        return criteria.districts().stream().anyMatch(code -> code.equals(district)
                || code.endsWith("00") && district != null && district.startsWith(code.substring(0, 4)));
    }
}
