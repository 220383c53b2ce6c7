package cn.ipfin.loan;

import java.util.List;

import cn.ipfin.core.money.Money;

/**
 * How one repayment was split (还款分配), in the order the parts are paid: penalty interest, overdue interest,
 * overdue principal, the current period's interest, the current period's principal. {@code installments} are the
 * instalments after the repayment.
 */
public record RepaymentAllocation(Money penalty, Money overdueInterest, Money overduePrincipal, Money currentInterest,
        Money currentPrincipal, List<InstallmentBalance> installments) {

    public RepaymentAllocation {
        installments = List.copyOf(installments);
    }

    public Money interest() {
        return overdueInterest.plus(currentInterest);
    }

    public Money principal() {
        return overduePrincipal.plus(currentPrincipal);
    }

    public Money total() {
        return penalty.plus(interest()).plus(principal());
    }
}
