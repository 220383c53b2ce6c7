package cn.ipfin.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.ipfin.core.money.Money;

/**
 * Loan statistics over one period: the headline totals, the totals per value of each {@link LoanDimension} and
 * the loans issued per step of the time series.
 */
public record LoanStatistics(Totals totals, Map<LoanDimension, List<GroupTotal>> groups, List<StepTotal> series) {

    /**
     * Headline loan figures. Ratios are fractions (0.0125 is 1.25 %) and are null when their denominator is zero.
     *
     * @param averageRate amount-weighted annual rate of the loans issued
     * @param nplRatio defaulted outstanding amount over outstanding amount (不良率)
     * @param approvalRate approved over decided applications submitted in the period
     * @param averageDaysToDisbursement mean calendar days from submission to disbursement of the loans issued
     */
    public record Totals(long issuedCount, Money issuedAmount, long outstandingCount, Money outstandingAmount,
            long defaultedCount, Money defaultedAmount, BigDecimal nplRatio, BigDecimal averageRate,
            long enterprisesServed, long submittedCount, long approvedCount, long refusedCount,
            BigDecimal approvalRate, BigDecimal averageDaysToDisbursement) {
    }

    /** Loans issued in the period and outstanding at its end for one value of a dimension. */
    public record GroupTotal(String key, long issuedCount, Money issuedAmount, long outstandingCount,
            Money outstandingAmount) {
    }

    /** Loans issued in one step of the series, labelled as {@link Granularity#labelOf} does. */
    public record StepTotal(String label, long issuedCount, Money issuedAmount) {
    }
}
