package cn.ipfin.market;

/**
 * Masks a bidder's organisation name for the public bid history: the first two and the last two characters
 * stay, the rest becomes {@code ***}, so 太原智煤科技有限公司 reads 太原***公司. Names of four characters or
 * fewer keep only their first character.
 */
final class BidderMask {

    private BidderMask() {
    }

    static String mask(String name) {
        if (name == null || name.isBlank()) {
            return "***";
        }
        String trimmed = name.strip();
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length <= 4) {
            return trimmed.substring(0, trimmed.offsetByCodePoints(0, 1)) + "***";
        }
        int headEnd = trimmed.offsetByCodePoints(0, 2);
        int tailStart = trimmed.offsetByCodePoints(0, length - 2);
        return trimmed.substring(0, headEnd) + "***" + trimmed.substring(tailStart);
    }
}
