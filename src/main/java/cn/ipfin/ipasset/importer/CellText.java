package cn.ipfin.ipasset.importer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text clean-up shared by all columns: control characters, line breaks, widths and spaces. */
final class CellText {

    /** Compiled once because an import collapses the spaces of every name and code it splits. */
    private static final Pattern SPACE_RUN = Pattern.compile("[\\s\\p{Zs}]+");

    private CellText() {
    }

    /**
     * Removes control characters (such as DEL, U+007F) and invisible format characters (such as the byte
     * order mark), turns CR LF and CR into LF and tabs into spaces, and strips leading and trailing white
     * space. Line breaks inside the text stay as {@code \n}.
     */
    static String clean(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String text = raw.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
        StringBuilder result = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            if (c == '\n' || (type != Character.CONTROL && type != Character.FORMAT)) {
                result.append(c);
            }
        }
        return result.toString().strip();
    }

    /** Removes all white space, including line breaks, as for numbers, codes and dates. */
    static String compact(String text) {
        StringBuilder result = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                result.append(c);
            }
        }
        return result.toString();
    }

    /** Replaces each run of white space, including line breaks, by one space and strips the ends. */
    static String collapseSpaces(String text) {
        return SPACE_RUN.matcher(text).replaceAll(" ").strip();
    }

    /** Folds full-width letters, digits and punctuation to their ASCII forms (NFKC) and upper-cases. */
    static String foldCode(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
    }
}
