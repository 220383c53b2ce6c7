package cn.ipfin.content;

/**
 * One search result with its highlighted title and body excerpt as HTML: the text is escaped and only the
 * {@code <mark>} tags around matches are markup, so a page may render them unescaped.
 */
public record ArticleHit(Article article, String highlightedTitle, String highlightedExcerpt) {
}
