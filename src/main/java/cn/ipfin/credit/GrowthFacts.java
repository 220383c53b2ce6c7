package cn.ipfin.credit;

import java.math.BigDecimal;

/**
 * The facts of one enterprise that a growth screening reads.
 *
 * @param firstRevenue    operating revenue of the earliest of the last three statement years, or null
 * @param latestRevenue   operating revenue of the latest statement year, or null
 * @param years           years between the earliest and the latest of those statements (2 for three years)
 * @param latestRdExpense R&D expense of the latest statement year, or null
 * @param newIp           owned IP rights filed in the last 12 months
 * @param techSme         whether the latest tech-SME assessment qualified; null when none was made
 */
public record GrowthFacts(Long organizationId, String name, String industry, String district,
        BigDecimal firstRevenue, BigDecimal latestRevenue, int years, BigDecimal latestRdExpense, int newIp,
        Boolean techSme) {
}
