package cn.ipfin.ipasset.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Marks the parts of a search hit's text that a query matched, as escaped HTML with {@code <mark>} around each
 * match.
 *
 * <p>The terms follow the search analyzers: text is folded from full-width to half-width forms and to lower case,
 * a run of Chinese characters becomes its overlapping character bigrams (a single character stays itself), and
 * any other run of letters and digits is one word that matches only as a whole word. Lucene's unified highlighter
 * re-ran the query against each hit's term vectors, which took about as much CPU as the search itself on 500,000
 * assets (profile in docs/benchmarks.md).
 */
public final class MatchHighlighter {

    private final Set<String> hanTerms;
    private final Set<String> words;

    private MatchHighlighter(Set<String> hanTerms, Set<String> words) {
        this.hanTerms = hanTerms;
        this.words = words;
    }

    /** Returns a highlighter for the terms of the given queries; blank or null queries add nothing. */
    public static MatchHighlighter of(String... queries) {
        Set<String> hanTerms = new LinkedHashSet<>();
        Set<String> words = new LinkedHashSet<>();
        for (String query : queries) {
            if (query != null) {
                collectTerms(fold(query), hanTerms, words);
            }
        }
        return new MatchHighlighter(hanTerms, words);
    }

    /**
     * Returns the text as escaped HTML with every match marked, or {@code null} when the text is null. Text without
     * a match comes back escaped and unmarked.
     */
    public String highlight(String text) {
        if (text == null) {
            return null;
        }
        String folded = fold(text);
        boolean[] marked = new boolean[text.length()];
        for (String term : hanTerms) {
            markAll(folded, term, marked, false);
        }
        for (String word : words) {
            markAll(folded, word, marked, true);
        }
        return render(text, marked);
    }

    private static void collectTerms(String folded, Set<String> hanTerms, Set<String> words) {
        int i = 0;
        while (i < folded.length()) {
            char c = folded.charAt(i);
            if (isHan(c)) {
                int end = runEnd(folded, i, true);
                if (end - i == 1) {
                    hanTerms.add(folded.substring(i, end));
                }
                for (int start = i; start + 2 <= end; start++) {
                    hanTerms.add(folded.substring(start, start + 2));
                }
                i = end;
            } else if (Character.isLetterOrDigit(c)) {
                int end = runEnd(folded, i, false);
                words.add(folded.substring(i, end));
                i = end;
            } else {
                i++;
            }
        }
    }

    /** Returns the end of the run of Chinese characters, or of other letters and digits, that starts at {@code start}. */
    private static int runEnd(String text, int start, boolean han) {
        int end = start;
        while (end < text.length() && isHan(text.charAt(end)) == han
                && (han || Character.isLetterOrDigit(text.charAt(end)))) {
            end++;
        }
        return end;
    }

    private static void markAll(String folded, String term, boolean[] marked, boolean wholeWord) {
        for (int at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
            int end = at + term.length();
            if (wholeWord && (isWordChar(folded, at - 1) || isWordChar(folded, end))) {
                continue;
            }
            for (int i = at; i < end; i++) {
                marked[i] = true;
            }
        }
    }

    private static boolean isWordChar(String text, int index) {
        if (index < 0 || index >= text.length()) {
            return false;
        }
        char c = text.charAt(index);
        return Character.isLetterOrDigit(c) && !isHan(c);
    }

    private static String render(String text, boolean[] marked) {
        StringBuilder html = new StringBuilder(text.length() + 32);
        for (int i = 0; i < text.length(); i++) {
            if (marked[i] && (i == 0 || !marked[i - 1])) {
                html.append("<mark>");
            }
            escape(text.charAt(i), html);
            if (marked[i] && (i + 1 == text.length() || !marked[i + 1])) {
                html.append("</mark>");
            }
        }
        return html.toString();
    }

    private static void escape(char c, StringBuilder html) {
        switch (c) {
            case '<' -> html.append("&lt;");
            case '>' -> html.append("&gt;");
            case '&' -> html.append("&amp;");
            case '"' -> html.append("&quot;");
            case '\'' -> html.append("&#39;");
            default -> html.append(c);
        }
    }

    /**
     * Folds full-width ASCII forms and the ideographic space to their half-width forms and letters to lower case,
     * one character for one, so that positions in the folded text are positions in the original.
     */
    static String fold(String text) {
        char[] chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                c = ' ';
            }
            chars[i] = Character.toLowerCase(c);
        }
        return new String(chars);
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Returns the terms this highlighter marks: the Chinese bigrams and single characters, then the words. */
    List<String> terms() {
        List<String> terms = new ArrayList<>(hanTerms);
        terms.addAll(words);
        return terms;
    }
}
