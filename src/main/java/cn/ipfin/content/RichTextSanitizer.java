package cn.ipfin.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Cleans article HTML with the OWASP Java HTML Sanitizer, keeping a safe subset: paragraphs, headings, lists,
 * quotes, tables, bold, italic, underline and links. A link keeps its {@code href} only when it is an
 * {@code http}/{@code https} URL or a path on this site, and gets {@code rel} with {@code nofollow},
 * {@code noopener} and {@code noreferrer}.
 * Everything else goes: {@code script} and {@code style} with their content, event handler attributes
 * ({@code on*}), {@code style} and {@code class} attributes, {@code javascript:} and {@code data:} URLs,
 * {@code iframe}, {@code object}, {@code embed}, {@code svg}, {@code img} and forms.
 */
public final class RichTextSanitizer {

    private static final Pattern LINK_TARGET = Pattern.compile("(?i)^(?:https?://|/(?![/\\\\])).*");
    private static final Pattern CELL_SPAN = Pattern.compile("[1-9][0-9]?");
    private static final Pattern BLOCK_END = Pattern.compile(
            "(?i)<(?:br\\s*/?|/p|/h[1-6]|/li|/tr|/td|/th|/blockquote|/caption|hr\\s*/?)>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x[0-9a-fA-F]+|[0-9]+);");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "hr",
                    "strong", "b", "em", "i", "u", "table", "caption", "thead", "tbody", "tr", "th", "td", "a")
            .allowUrlProtocols("http", "https")
            .allowAttributes("href").matching(LINK_TARGET).onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .allowAttributes("colspan", "rowspan").matching(CELL_SPAN).onElements("td", "th")
            .toFactory();

    /** Returns the safe HTML of the input and its plain text; null or blank input gives empty text. */
    public RichText sanitize(String html) {
        if (html == null || html.isBlank()) {
            return new RichText("", "");
        }
        String safe = POLICY.sanitize(html).strip();
        return new RichText(safe, plainText(safe));
    }

    /** Returns the text of sanitised HTML with one line per block and whitespace collapsed within a line. */
    static String plainText(String safeHtml) {
        String withBreaks = BLOCK_END.matcher(safeHtml).replaceAll("\n");
        String text = unescape(TAG.matcher(withBreaks).replaceAll(""));
        StringBuilder lines = new StringBuilder();
        for (String line : text.split("\n")) {
            String collapsed = line.replaceAll("[\\s\\u00a0]+", " ").strip();
            if (!collapsed.isEmpty()) {
                lines.append(lines.isEmpty() ? "" : "\n").append(collapsed);
            }
        }
        return lines.toString();
    }

    private static String unescape(String text) {
        Matcher matcher = NUMERIC_ENTITY.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String number = matcher.group(1);
            int codePoint = number.startsWith("x") ? Integer.parseInt(number.substring(1), 16) : Integer.parseInt(number);
            matcher.appendReplacement(result, Matcher.quoteReplacement(Character.toString(codePoint)));
        }
        matcher.appendTail(result);
        return result.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&nbsp;", " ").replace("&amp;", "&");
    }
}
