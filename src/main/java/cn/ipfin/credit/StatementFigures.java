package cn.ipfin.credit;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The figures of one financial year as entered, before validation: a missing item has no entry.
 *
 * @param year   the financial year, such as 2025
 * @param values amounts in yuan and headcounts by item
 */
public record StatementFigures(int year, Map<StatementItem, BigDecimal> values) {

    public StatementFigures {
        EnumMap<StatementItem, BigDecimal> copy = new EnumMap<>(StatementItem.class);
        values.forEach((item, value) -> {
            if (value != null) {
                copy.put(item, value);
            }
        });
        values = Collections.unmodifiableMap(copy);
    }

    public BigDecimal value(StatementItem item) {
        return values.get(item);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
