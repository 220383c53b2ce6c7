package cn.ipfin.ipasset;

/**
 * A search of the registry: free text over titles, owners, abstracts and numbers, plus filters; a null or
 * blank value matches everything.
 */
public record IpSearchQuery(String text, IpKind kind, LegalStatus legalStatus, String ipcSection, String owner,
        int page, int size) {

    public static final int MAX_SIZE = 100;

    public IpSearchQuery {
        page = Math.max(page, 0);
        size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
    }
}
