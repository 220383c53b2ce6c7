package cn.ipfin.credit.api;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.ipfin.credit.StatementFigures;
import cn.ipfin.credit.StatementItem;

/**
 * Body of {@code PUT /api/v1/enterprises/{orgId}/financial-statements/{year}}: amounts in yuan with at most two
 * decimal places (send them as JSON numbers or decimal strings), headcounts as whole numbers, and optionally the
 * version last read so that a concurrent change is answered with 409.
 */
public record FinancialStatementRequest(
        BigDecimal currentAssets, BigDecimal totalAssets, BigDecimal currentLiabilities,
        BigDecimal totalLiabilities, BigDecimal ownersEquity,
        BigDecimal operatingRevenue, BigDecimal operatingCost, BigDecimal totalCostAndExpense,
        BigDecimal netProfit,
        BigDecimal operatingCashFlow, BigDecimal investingCashFlow, BigDecimal financingCashFlow,
        BigDecimal rdExpense,
        @Schema(type = "integer") BigDecimal employees,
        @Schema(type = "integer") BigDecimal techStaff,
        Long version) {

    /** Returns the figures of the given year; validation happens in the service. */
    public StatementFigures toFigures(int year) {
        Map<StatementItem, BigDecimal> values = new EnumMap<>(StatementItem.class);
        values.put(StatementItem.CURRENT_ASSETS, currentAssets);
        values.put(StatementItem.TOTAL_ASSETS, totalAssets);
        values.put(StatementItem.CURRENT_LIABILITIES, currentLiabilities);
        values.put(StatementItem.TOTAL_LIABILITIES, totalLiabilities);
        values.put(StatementItem.OWNERS_EQUITY, ownersEquity);
        values.put(StatementItem.OPERATING_REVENUE, operatingRevenue);
        values.put(StatementItem.OPERATING_COST, operatingCost);
        values.put(StatementItem.TOTAL_COST_AND_EXPENSE, totalCostAndExpense);
        values.put(StatementItem.NET_PROFIT, netProfit);
        values.put(StatementItem.OPERATING_CASH_FLOW, operatingCashFlow);
        values.put(StatementItem.INVESTING_CASH_FLOW, investingCashFlow);
        values.put(StatementItem.FINANCING_CASH_FLOW, financingCashFlow);
        values.put(StatementItem.RD_EXPENSE, rdExpense);
        values.put(StatementItem.EMPLOYEES, employees);
        values.put(StatementItem.TECH_STAFF, techStaff);
        return new StatementFigures(year, values);
    }
}
