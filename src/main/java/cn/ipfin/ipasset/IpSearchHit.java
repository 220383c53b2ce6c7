package cn.ipfin.ipasset;

/**
 * One search result with its highlighted title and owners as HTML: the text is escaped and only
 * {@code <mark>} tags are added, so a page may render it unescaped.
 */
public record IpSearchHit(IpAsset asset, String highlightedTitle, String highlightedOwners) {
}
