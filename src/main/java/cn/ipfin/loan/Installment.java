package cn.ipfin.loan;

import java.time.LocalDate;

import cn.ipfin.core.money.Money;

/**
 * One row of a repayment schedule: the amount due on {@code dueDate}, split into principal and interest, and
 * the principal balance left after it is paid. {@code period} counts from 1.
 */
public record Installment(int period, LocalDate dueDate, Money payment, Money principal, Money interest,
        Money balance) {
}
