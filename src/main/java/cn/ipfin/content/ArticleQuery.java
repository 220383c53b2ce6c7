package cn.ipfin.content;

/** A search of published articles; null or blank filters match everything, and {@code page} counts from 0. */
public record ArticleQuery(String text, ArticleChannel channel, String tag, int page, int size) {

    public ArticleQuery {
        page = Math.max(page, 0);
        size = Math.min(Math.max(size, 1), 50);
    }
}
