package cn.ipfin.subsidy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.ipfin.core.money.Money;

/**
 * The facts of one claim that a policy is applied to: the loan's annual rate, the 1-year LPR it is compared with,
 * principal, term, whether a guarantor or insurer covers it, whether the enterprise is a qualified tech SME, and
 * the claim period split by calendar year.
 */
public record ClaimFacts(BigDecimal loanRate, BigDecimal lpr, Money principal, int termMonths, boolean guaranteed,
        boolean techSme, LocalDate periodFrom, LocalDate periodTo, List<YearInput> years) {

    public ClaimFacts {
        years = List.copyOf(years);
    }

    /**
     * The part of the claim period in one calendar year, the interest paid in it and the subsidy the enterprise
     * already claimed under the same policy in that year (claims not rejected or withdrawn).
     */
    public record YearInput(int year, LocalDate from, LocalDate to, Money interestPaid, Money claimedBefore) {
    }
}
