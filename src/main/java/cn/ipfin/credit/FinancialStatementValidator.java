package cn.ipfin.credit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the figures of one financial year: required items present, at most two decimal places (whole numbers
 * for headcounts), no negative amount where the item cannot be negative, current items within their totals,
 * tech staff within employees, and total assets equal to total liabilities plus owners' equity within
 * {@link #BALANCE_TOLERANCE} yuan. Every problem is reported, not only the first.
 */
public class FinancialStatementValidator {

    /** Largest accepted difference between assets and liabilities plus equity: 1 yuan, for rounding in 元. */
    public static final BigDecimal BALANCE_TOLERANCE = BigDecimal.ONE;

    /** Largest amount a NUMERIC(19,2) column stores: 17 digits before the decimal point. */
    private static final BigDecimal MAXIMUM = new BigDecimal("99999999999999999.99");

    /** Returns every problem of the year's figures; an empty list means they are valid. */
    public List<StatementProblem> validate(StatementFigures figures) {
        List<StatementProblem> problems = new ArrayList<>();
        for (StatementItem item : StatementItem.values()) {
            checkItem(figures, item, problems);
        }
        if (problems.isEmpty()) {
            checkRelations(figures, problems);
        }
        return problems;
    }

    private static void checkItem(StatementFigures figures, StatementItem item, List<StatementProblem> problems) {
        int year = figures.year();
        BigDecimal value = figures.value(item);
        if (value == null) {
            if (item.isRequired()) {
                problems.add(StatementProblem.of(year, item, "required"));
            }
        } else if (item.isHeadcount() && value.stripTrailingZeros().scale() > 0) {
            problems.add(StatementProblem.of(year, item, "wholeNumber"));
        } else if (value.stripTrailingZeros().scale() > 2) {
            problems.add(StatementProblem.of(year, item, "decimals"));
        } else if (item.isNonNegative() && value.signum() < 0) {
            problems.add(StatementProblem.of(year, item, "negative"));
        } else if (value.abs().compareTo(MAXIMUM) > 0 || item.isHeadcount() && value.compareTo(BigDecimal.valueOf(
                Integer.MAX_VALUE)) > 0) {
            problems.add(StatementProblem.of(year, item, "tooLarge"));
        }
    }

    private static void checkRelations(StatementFigures figures, List<StatementProblem> problems) {
        int year = figures.year();
        BigDecimal assets = figures.value(StatementItem.TOTAL_ASSETS);
        BigDecimal liabilities = figures.value(StatementItem.TOTAL_LIABILITIES);
        BigDecimal equity = figures.value(StatementItem.OWNERS_EQUITY);
        BigDecimal difference = assets.subtract(liabilities.add(equity));
        if (difference.abs().compareTo(BALANCE_TOLERANCE) > 0) {
            problems.add(StatementProblem.of(year, StatementItem.TOTAL_ASSETS, "unbalanced", assets, liabilities,
                    equity, difference));
        }
        exceeds(figures, StatementItem.CURRENT_ASSETS, StatementItem.TOTAL_ASSETS, "currentAssetsAboveTotal",
                problems);
        exceeds(figures, StatementItem.CURRENT_LIABILITIES, StatementItem.TOTAL_LIABILITIES,
                "currentLiabilitiesAboveTotal", problems);
        exceeds(figures, StatementItem.TECH_STAFF, StatementItem.EMPLOYEES, "techStaffAboveEmployees", problems);
    }

    private static void exceeds(StatementFigures figures, StatementItem part, StatementItem whole, String code,
            List<StatementProblem> problems) {
        BigDecimal partValue = figures.value(part);
        BigDecimal wholeValue = figures.value(whole);
        if (partValue != null && wholeValue != null && partValue.compareTo(wholeValue) > 0) {
            problems.add(StatementProblem.of(figures.year(), part, code, partValue, wholeValue));
        }
    }
}
