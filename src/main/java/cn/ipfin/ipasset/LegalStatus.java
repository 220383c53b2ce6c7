package cn.ipfin.ipasset;

import java.util.List;
import java.util.Map;

/**
 * The legal status of an IP right (法律状态), folded from the many texts that patent databases export.
 */
public enum LegalStatus {
    PENDING, VALID, LAPSED, INVALIDATED, EXPIRED, WITHDRAWN, REJECTED, UNKNOWN;

    /** Texts in the order they are tried, so that 未缴年费终止 is a lapse and 授权 alone is valid. */
    private static final List<Map.Entry<String, LegalStatus>> TEXTS = List.of(
            Map.entry("无效", INVALIDATED),
            Map.entry("届满", EXPIRED),
            Map.entry("撤回", WITHDRAWN),
            Map.entry("驳回", REJECTED),
            Map.entry("失效", LAPSED),
            Map.entry("终止", LAPSED),
            Map.entry("放弃", LAPSED),
            Map.entry("未缴年费", LAPSED),
            Map.entry("有效", VALID),
            Map.entry("授权", VALID),
            Map.entry("审中", PENDING),
            Map.entry("实质审查", PENDING),
            Map.entry("实审", PENDING),
            Map.entry("公开", PENDING),
            Map.entry("受理", PENDING));

    /** Maps an exported status text such as {@code 授权} or {@code 未缴年费专利权终止}; an unknown text is UNKNOWN. */
    public static LegalStatus fromText(String text) {
        if (text == null || text.isBlank()) {
            return UNKNOWN;
        }
        return TEXTS.stream().filter(entry -> text.contains(entry.getKey())).map(Map.Entry::getValue).findFirst()
                .orElse(UNKNOWN);
    }

    public String messageKey() {
        return "ip.status." + name();
    }
}
