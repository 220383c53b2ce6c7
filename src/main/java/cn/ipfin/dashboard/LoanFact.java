package cn.ipfin.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.ipfin.core.money.Money;
import cn.ipfin.loan.ApplicationState;

/**
 * One loan with the keys that statistics group it by: lender organisation id, the applicant's industry and
 * district codes, the kind of the pledged IP and the financing model of the product. A key that is not known is
 * {@link #UNSPECIFIED}.
 *
 * @param principalRepaid principal repaid with value dates up to the end of the statistics period
 */
public record LoanFact(Long loanId, Long applicantId, String bank, String industry, String district, String ipType,
        String financingModel, ApplicationState state, Money amount, BigDecimal annualRate, LocalDate submittedOn,
        LocalDate disbursedOn, Money principalRepaid) {

    /** A loan with no principal repaid. */
    public LoanFact(Long loanId, Long applicantId, String bank, String industry, String district, String ipType,
            String financingModel, ApplicationState state, Money amount, BigDecimal annualRate, LocalDate submittedOn,
            LocalDate disbursedOn) {
        this(loanId, applicantId, bank, industry, district, ipType, financingModel, state, amount, annualRate,
                submittedOn, disbursedOn, Money.ZERO);
    }

    /** Returns the principal lent less the principal repaid, never below zero. */
    public Money outstandingPrincipal() {
        Money left = amount.minus(principalRepaid);
        return left.isNegative() ? Money.ZERO : left;
    }

    /** Key of a dimension value that is not known, such as the model of a loan without a product. */
    public static final String UNSPECIFIED = "UNSPECIFIED";

    /** IP type key of a loan pledging assets of more than one kind (组合质押). */
    public static final String MIXED = "MIXED";
}
