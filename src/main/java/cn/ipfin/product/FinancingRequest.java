package cn.ipfin.product;

import java.time.LocalDate;

import cn.ipfin.core.money.Money;

/** The financing an enterprise asks for: amount in yuan, term in months, and the business date of the request. */
public record FinancingRequest(Money amount, int termMonths, LocalDate asOf) {

    /** Returns the last day the pledged IP must still be in force: the final due date of a loan starting today. */
    public LocalDate finalDueDate() {
        return asOf.plusMonths(termMonths);
    }
}
