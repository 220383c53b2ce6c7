package cn.ipfin.dashboard;

import java.util.List;

import cn.ipfin.core.money.Money;

/** Signed valuation reports of a period: how many, their total reconciled value and both per series step. */
public record ValuationStatistics(long reportCount, Money totalValue, List<StepTotal> series) {

    public record StepTotal(String label, long reportCount, Money totalValue) {
    }
}
