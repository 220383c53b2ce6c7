package cn.ipfin.core.identifier;

/**
 * Kind of patent (专利类型) under the Chinese Patent Law: invention (发明), utility model (实用新型) or
 * design (外观设计). {@link #UNKNOWN} is for records whose kind cannot be derived, such as foreign
 * numbers without a patent type column.
 */
public enum PatentType {
    INVENTION,
    UTILITY_MODEL,
    DESIGN,
    UNKNOWN;

    /**
     * Returns the kind that the type digit of a Chinese application number encodes: 1 and 8 (PCT national
     * phase) invention, 2 and 9 (PCT national phase) utility model, 3 design, and {@link #UNKNOWN} for
     * any other digit.
     */
    public static PatentType fromTypeDigit(char digit) {
        return switch (digit) {
            case '1', '8' -> INVENTION;
            case '2', '9' -> UTILITY_MODEL;
            case '3' -> DESIGN;
            default -> UNKNOWN;
        };
    }
}
