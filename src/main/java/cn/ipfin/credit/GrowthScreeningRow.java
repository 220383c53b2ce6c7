package cn.ipfin.credit;

import java.math.BigDecimal;

/** One enterprise in a growth screening with each criterion's value and how many thresholds it meets. */
public record GrowthScreeningRow(Long organizationId, String name, String industry, String district,
        BigDecimal revenueCagr, BigDecimal rdIntensity, int newIp, Boolean techSme, int criteriaMet,
        int criteriaSet, boolean qualifies) {
}
