package cn.ipfin.dashboard;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** Reads sections, tables and figures out of a dashboard summary as the API returns it. */
final class DashboardSummaries {

    private DashboardSummaries() {
    }

    static JsonNode section(JsonNode summary, String key) {
        for (JsonNode section : summary.get("sections")) {
            if (section.get("key").asString().equals(key)) {
                return section;
            }
        }
        throw new AssertionError("No section " + key + " in " + summary);
    }

    static JsonNode table(JsonNode summary, String section, String key) {
        for (JsonNode table : section(summary, section).get("tables")) {
            if (table.get("key").asString().equals(key)) {
                return table;
            }
        }
        throw new AssertionError("No table " + key + " in section " + section);
    }

    /** Returns the section's figures by message key; a figure without a value maps to null. */
    static Map<String, BigDecimal> figures(JsonNode summary, String section) {
        Map<String, BigDecimal> figures = new HashMap<>();
        section(summary, section).get("figures").forEach(figure -> figures.put(figure.get("key").asString(),
                figure.get("value").isNull() ? null : figure.get("value").decimalValue()));
        return figures;
    }

    /** Converts a number read with JDBC, such as a {@code Long} count or a {@code BigDecimal} sum. */
    static BigDecimal number(Object value) {
        return new BigDecimal(value.toString());
    }
}
