package cn.ipfin.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.ipfin.core.money.Money;
import cn.ipfin.dashboard.ValuationStatistics.StepTotal;
import cn.ipfin.valuation.SignedReportTotal;

/**
 * Sums signed valuation reports per step of the period's series from the per-day totals of the valuation module.
 * Days outside the period are ignored.
 */
public class ValuationStatisticsCalculator {

    public ValuationStatistics compute(List<SignedReportTotal> days, StatisticsPeriod period) {
        Granularity granularity = period.granularity();
        Map<String, StepTotal> steps = new LinkedHashMap<>();
        for (String label : granularity.labelsBetween(period.from(), period.to())) {
            steps.put(label, new StepTotal(label, 0, Money.ZERO));
        }
        long count = 0;
        Money value = Money.ZERO;
        for (SignedReportTotal day : days) {
            if (!period.contains(day.issuedOn())) {
                continue;
            }
            Money dayValue = Money.of(day.totalValue());
            count += day.count();
            value = value.plus(dayValue);
            steps.computeIfPresent(granularity.labelOf(day.issuedOn()), (label, step) -> new StepTotal(label,
                    step.reportCount() + day.count(), step.totalValue().plus(dayValue)));
        }
        return new ValuationStatistics(count, value, List.copyOf(steps.values()));
    }
}
