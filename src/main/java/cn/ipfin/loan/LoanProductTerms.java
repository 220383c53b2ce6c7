package cn.ipfin.loan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The terms of the financial product an application names, as the product catalogue defines them. The loan
 * module declares this port and the product module implements it, so the loan module never depends on the
 * catalogue.
 */
public interface LoanProductTerms {

    /**
     * Returns the amount, term and rate ranges of the product for a loan of the given term on the given date,
     * or empty when no product has that id.
     */
    Optional<ProductLimits> limitsFor(Long productId, int termMonths, LocalDate on);

    /**
     * Returns the organisation types whose acceptance the product's financing model needs before approval
     * ({@code GUARANTOR}, {@code INSURER}), empty when the bank lends alone or no product has that id.
     */
    Set<String> acceptingPartiesFor(Long productId);

    /** Returns the names of the products with the given ids; an id without a product is left out. */
    Map<Long, String> namesOf(Collection<Long> productIds);
}
