package cn.ipfin.credit;

import java.util.List;

/**
 * One failed check of a financial statement, tied to the item and year it concerns.
 *
 * @param year      the financial year
 * @param item      the item whose cell shows the problem
 * @param messageKey key of the message; its arguments are the year, the item's label and then {@code details}
 * @param details   further message arguments, such as the amounts that do not balance
 */
public record StatementProblem(int year, StatementItem item, String messageKey, List<Object> details) {

    public StatementProblem {
        details = List.copyOf(details);
    }

    static StatementProblem of(int year, StatementItem item, String code, Object... details) {
        return new StatementProblem(year, item, "credit.statement.problem." + code, List.of(details));
    }
}
