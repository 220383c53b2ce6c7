package cn.ipfin.organization;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds an organisation name into the key used to match owner names in patent records to members: NFKC turns
 * full-width brackets and letters into half-width ones, and spaces and case are dropped, so
 * {@code 阿波罗智联（北京）科技有限公司} and {@code 阿波罗智联(北京)科技有限公司} match.
 */
public final class OrganizationNames {

    /** Compiled once because an import folds every applicant name of every row. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

    private OrganizationNames() {
    }

    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC);
        return SPACES.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
