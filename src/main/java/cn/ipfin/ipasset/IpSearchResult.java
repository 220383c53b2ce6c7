package cn.ipfin.ipasset;

import java.util.List;

/** A page of search hits and the total number of matches. */
public record IpSearchResult(List<IpSearchHit> hits, long totalElements, int page, int size) {

    public int totalPages() {
        return (int) ((totalElements + size - 1) / size);
    }
}
