package cn.ipfin.loan;

import java.time.LocalDate;

import cn.ipfin.core.money.Money;

/**
 * An early repayment the borrower asks for: in full when {@code full} is true, otherwise {@code principal} repaid
 * ahead with the {@code option} for the schedule that follows. Fields may be null; the service names each
 * missing one.
 */
public record EarlyRepaymentRequest(LocalDate valueDate, Boolean full, Money principal, EarlyRepaymentOption option) {

    public boolean isFull() {
        return Boolean.TRUE.equals(full);
    }
}
