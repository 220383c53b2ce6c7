package cn.ipfin.ipasset;

import java.time.LocalDate;

/**
 * Statutory protection terms of Chinese patents, counted from the filing date: invention 20 years, utility
 * model 10 years, design 15 years (10 years for designs filed before 2021-06-01, under the patent law before
 * its fourth amendment).
 */
final class StatutoryTerm {

    private static final LocalDate DESIGN_TERM_CHANGE = LocalDate.of(2021, 6, 1);

    private StatutoryTerm() {
    }

    /** Returns the expiry date of a patent's term, or null for an asset that is not a patent or has no filing date. */
    static LocalDate expiryDate(IpKind kind, LocalDate filingDate) {
        if (filingDate == null || !kind.isPatent()) {
            return null;
        }
        return filingDate.plusYears(years(kind, filingDate));
    }

    static int years(IpKind kind, LocalDate filingDate) {
        return switch (kind) {
            case INVENTION -> 20;
            case UTILITY_MODEL -> 10;
            case DESIGN -> filingDate.isBefore(DESIGN_TERM_CHANGE) ? 10 : 15;
            default -> throw new IllegalArgumentException("No statutory patent term for " + kind);
        };
    }
}
