package cn.ipfin.content;

import java.util.List;

/** One page of article search results and the total number of matches. */
public record ArticleSearchResult(List<ArticleHit> hits, long total, int page, int size) {

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }
}
