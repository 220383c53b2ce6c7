package cn.ipfin.loan;

import java.util.List;

import cn.ipfin.core.money.Money;

/** A loan's instalments in due-date order with the sums of their interest and payments. */
public record RepaymentSchedule(List<Installment> installments, Money totalInterest, Money totalPayment) {

    public RepaymentSchedule {
        installments = List.copyOf(installments);
    }

    /** Creates a schedule from its instalments and sums their interest and payments. */
    public static RepaymentSchedule of(List<Installment> installments) {
        Money totalInterest = Money.ZERO;
        Money totalPayment = Money.ZERO;
        for (Installment installment : installments) {
            totalInterest = totalInterest.plus(installment.interest());
            totalPayment = totalPayment.plus(installment.payment());
        }
        return new RepaymentSchedule(installments, totalInterest, totalPayment);
    }
}
