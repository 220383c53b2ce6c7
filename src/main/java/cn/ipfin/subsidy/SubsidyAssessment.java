package cn.ipfin.subsidy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.ipfin.core.money.Money;

/**
 * The result of applying a policy to a claim: eligible or the reasons why not, the share applied, and the amount
 * per calendar year with their total. An ineligible claim has no years and a zero total.
 */
public record SubsidyAssessment(boolean eligible, List<Reason> reasons, BigDecimal share, List<YearAmount> years,
        Money total) {

    public SubsidyAssessment {
        reasons = List.copyOf(reasons);
        years = List.copyOf(years);
    }

    /** One reason for ineligibility as a message key with its formatted arguments. */
    public record Reason(String messageKey, List<String> arguments) {

        public Reason {
            arguments = List.copyOf(arguments);
        }
    }

    /**
     * The subsidy of one calendar year: the base (interest paid, or principal × rate for the days), the amount
     * after share, rounding and cap, and whether the yearly cap cut it.
     */
    public record YearAmount(int year, LocalDate from, LocalDate to, Money interestPaid, Money base, Money amount,
            boolean capped) {
    }
}
