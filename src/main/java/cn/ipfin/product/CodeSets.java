package cn.ipfin.product;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.ipfin.ipasset.IpKind;

/** Converts the sets and maps of a product to the comma-separated columns they are stored in, and back. */
final class CodeSets {

    private CodeSets() {
    }

    static String join(Set<?> values) {
        return values.stream().map(Object::toString).sorted().collect(Collectors.joining(","));
    }

    static <T> Set<T> split(String column, Function<String, T> parse) {
        if (column == null || column.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(column.split(",")).map(parse).collect(Collectors.toUnmodifiableSet());
    }

    /** Writes caps as {@code INVENTION:0.5,TRADEMARK:0.5}. */
    static String joinCaps(Map<IpKind, BigDecimal> caps) {
        return new TreeSet<>(caps.keySet()).stream()
                .map(kind -> kind + ":" + caps.get(kind).stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(","));
    }

    static Map<IpKind, BigDecimal> splitCaps(String column) {
        Map<IpKind, BigDecimal> caps = new EnumMap<>(IpKind.class);
        if (column != null && !column.isBlank()) {
            for (String entry : column.split(",")) {
                String[] parts = entry.split(":");
                caps.put(IpKind.valueOf(parts[0]), new BigDecimal(parts[1]));
            }
        }
        return caps;
    }
}
