package cn.ipfin.credit.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.ipfin.credit.FinancialStatement;
import cn.ipfin.credit.StatementItem;

/**
 * One stored year of statements; {@code figures} maps each item's property name to an amount string with two
 * decimal places, or to a whole number for the headcounts.
 */
public record FinancialStatementResponse(int year, long version, Instant updatedAt, String updatedBy,
        Map<String, Object> figures) {

    static FinancialStatementResponse from(FinancialStatement statement) {
        Map<String, Object> figures = new LinkedHashMap<>();
        statement.figures().values().forEach((item, value) -> figures.put(item.propertyName(), format(item, value)));
        return new FinancialStatementResponse(statement.getFiscalYear(), statement.getVersion(),
                statement.getUpdatedAt(), statement.getUpdatedBy(), figures);
    }

    private static Object format(StatementItem item, BigDecimal value) {
        return item.isHeadcount() ? value.intValueExact() : value.setScale(2).toPlainString();
    }
}
