package cn.ipfin.credit;

import java.math.BigDecimal;
import java.util.Set;

/**
 * The operator's criteria of a growth screening (成长性筛选); a null threshold or an empty set is not applied.
 *
 * @param minRevenueCagr  lowest compound annual growth of operating revenue over the last three statement years,
 *                        as a decimal (0.2 for 20 %)
 * @param minRdIntensity  lowest R&D expense divided by operating revenue of the latest year, as a decimal
 * @param minNewIp        lowest number of owned IP rights filed in the last 12 months
 * @param requireTechSme  whether the latest tech-SME assessment must have qualified
 * @param industries      GB/T 4754 sections to keep
 * @param districts       district codes to keep; a city code keeps its districts too
 */
public record GrowthCriteria(BigDecimal minRevenueCagr, BigDecimal minRdIntensity, Integer minNewIp,
        boolean requireTechSme, Set<String> industries, Set<String> districts) {

    public GrowthCriteria {
        industries = industries == null ? Set.of() : Set.copyOf(industries);
        districts = districts == null ? Set.of() : Set.copyOf(districts);
    }
}
