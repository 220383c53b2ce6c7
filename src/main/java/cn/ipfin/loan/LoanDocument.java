package cn.ipfin.loan;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The documents the platform produces for a pledge loan, each named by the path segment of its URL. They are the
 * pledge contract data sheet (质押合同) and the CNIPA pledge registration application form (专利权质押登记申请表),
 * and once the loan is settled the release of the pledge (专利权质押登记注销申请 / 解除质押通知).
 */
public enum LoanDocument {

    PLEDGE_CONTRACT("pledge-contract", EnumSet.of(ApplicationState.APPROVED, ApplicationState.REGISTERED,
            ApplicationState.DISBURSED, ApplicationState.SETTLED, ApplicationState.DEFAULTED)),
    REGISTRATION_FORM("registration-form", EnumSet.of(ApplicationState.APPROVED, ApplicationState.REGISTERED,
            ApplicationState.DISBURSED, ApplicationState.SETTLED, ApplicationState.DEFAULTED)),
    RELEASE("release", EnumSet.of(ApplicationState.SETTLED));

    private final String slug;
    private final Set<ApplicationState> availableIn;

    LoanDocument(String slug, Set<ApplicationState> availableIn) {
        this.slug = slug;
        this.availableIn = availableIn;
    }

    /** Returns the document whose path segment is the given text, or empty for an unknown one. */
    public static Optional<LoanDocument> ofSlug(String slug) {
        return Arrays.stream(values()).filter(document -> document.slug.equals(slug)).findFirst();
    }

    /** Returns the documents that exist for an application in the given state, in the order of the workflow. */
    public static List<LoanDocument> availableIn(ApplicationState state) {
        return Arrays.stream(values()).filter(document -> document.isAvailableIn(state)).toList();
    }

    public boolean isAvailableIn(ApplicationState state) {
        return availableIn.contains(state);
    }

    public String getSlug() {
        return slug;
    }

    public String messageKey() {
        return "loan.document." + name();
    }
}
