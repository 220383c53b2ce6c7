package cn.ipfin.credit;

/** An institution asked for an enterprise's full credit file without a live grant; the API answers 403. */
public class CreditFileAccessDeniedException extends RuntimeException {

    private final Long enterpriseId;

    public CreditFileAccessDeniedException(Long enterpriseId) {
        super("No live credit-file grant for enterprise " + enterpriseId);
        this.enterpriseId = enterpriseId;
    }

    public Long enterpriseId() {
        return enterpriseId;
    }
}
