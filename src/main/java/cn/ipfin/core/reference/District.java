package cn.ipfin.core.reference;

import java.util.List;
import java.util.Optional;

/**
 * An administrative division of Shanxi Province (山西省行政区划) by its GB/T 2260 code. Display names come
 * from the message bundles under {@code district.<code>}.
 */
public record District(String code, String parentCode) {

    /** The 11 prefecture-level cities and the districts and counties of Taiyuan, the provincial capital. */
    public static final List<District> ALL = List.of(
            new District("140100", null),
            new District("140105", "140100"), new District("140106", "140100"), new District("140107", "140100"),
            new District("140108", "140100"), new District("140109", "140100"), new District("140110", "140100"),
            new District("140121", "140100"), new District("140122", "140100"), new District("140123", "140100"),
            new District("140181", "140100"),
            new District("140200", null), new District("140300", null), new District("140400", null),
            new District("140500", null), new District("140600", null), new District("140700", null),
            new District("140800", null), new District("140900", null), new District("141000", null),
            new District("141100", null));

    public static Optional<District> of(String code) {
        return ALL.stream().filter(district -> district.code.equals(code)).findFirst();
    }

    public String messageKey() {
        return "district." + code;
    }

    /** Returns the code of the prefecture-level city this division belongs to, or its own code for a city. */
    public String cityCode() {
        return parentCode == null ? code : parentCode;
    }
}
