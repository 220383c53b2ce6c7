package cn.ipfin.loan;

import cn.ipfin.core.money.Money;

/**
 * An instalment an early repayment replaced (历史还款计划), kept with the schedule version it belonged to and what
 * had been paid on it.
 */
public record ReplacedInstallment(int scheduleVersion, Installment installment, Money principalPaid,
        Money interestPaid) {
}
