package cn.ipfin.ipasset.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches the header row of a patent list to {@link PatentField}s in three passes: the caller's explicit
 * overrides, then the known header names, then the known names with the bracketed part removed, so that
 * {@code 申请（专利权）人} and {@code 摘要 (中文)} match even when spelled differently. Each field takes the
 * first column that matches it, and later columns for the same field count as unknown.
 *
 * <p>Headers are compared after folding full-width forms (NFKC), case, white space, {@code *} and
 * {@code :} marks, and the bracket styles {@code （）【】[]〔〕}.
 */
final class HeaderMatcher {

    private static final Map<String, PatentField> FIELDS_BY_NAME = indexHeaderNames();
    private static final Pattern BRACKETED = Pattern.compile("\\(([^()]*)\\)");
    /** Bracket text that marks a column in another language, such as {@code 摘要 (英文)}. */
    private static final Pattern FOREIGN_LANGUAGE = Pattern.compile("英|english|^en$");

    private final Map<String, PatentField> overrides = new HashMap<>();

    /** @param overrides header text to field, as chosen by the user in a mapping step and compared after folding */
    HeaderMatcher(Map<String, PatentField> overrides) {
        overrides.forEach((header, field) -> this.overrides.put(fold(header), field));
    }

    ColumnMapping match(SourceRow headerRow) {
        List<String> headers = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        for (CellValue cell : headerRow.cells()) {
            headers.add(CellText.collapseSpaces(cell.text()));
            folded.add(fold(cell.text()));
        }

        Map<PatentField, Integer> columns = new EnumMap<>(PatentField.class);
        assign(folded, columns, overrides::get);
        assign(folded, columns, FIELDS_BY_NAME::get);
        assign(folded, columns, HeaderMatcher::matchWithoutBrackets);

        List<String> unknown = new ArrayList<>();
        for (int column = 0; column < headers.size(); column++) {
            if (!headers.get(column).isEmpty() && !columns.containsValue(column)) {
                unknown.add(headers.get(column));
            }
        }
        return new ColumnMapping(headerRow.rowNumber(), headers, columns, unknown);
    }

    /** Folds a header for comparison, for example {@code 标题（中文） } to {@code 标题(中文)}. */
    static String fold(String header) {
        String text = Normalizer.normalize(CellText.clean(header), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder result = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '【' || c == '[' || c == '〔') {
                result.append('(');
            } else if (c == '】' || c == ']' || c == '〕') {
                result.append(')');
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '*' && c != ':') {
                result.append(c);
            }
        }
        return result.toString();
    }

    private static void assign(List<String> folded, Map<PatentField, Integer> columns,
                               Function<String, PatentField> lookup) {
        for (int column = 0; column < folded.size(); column++) {
            if (folded.get(column).isEmpty() || columns.containsValue(column)) {
                continue;
            }
            PatentField field = lookup.apply(folded.get(column));
            if (field != null && !columns.containsKey(field)) {
                columns.put(field, column);
            }
        }
    }

    /** Matches a folded header with its bracketed parts removed, unless a bracket names another language. */
    private static PatentField matchWithoutBrackets(String folded) {
        Matcher matcher = BRACKETED.matcher(folded);
        while (matcher.find()) {
            if (FOREIGN_LANGUAGE.matcher(matcher.group(1)).find()) {
                return null;
            }
        }
        String stripped = BRACKETED.matcher(folded).replaceAll("");
        return stripped.equals(folded) ? null : FIELDS_BY_NAME.get(stripped);
    }

    private static Map<String, PatentField> indexHeaderNames() {
        Map<String, PatentField> index = new HashMap<>();
        for (PatentField field : PatentField.values()) {
            for (String name : field.headerNames()) {
                index.put(fold(name), field);
            }
        }
        return index;
    }
}
