package cn.ipfin.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import cn.ipfin.core.money.Money;
import cn.ipfin.dashboard.LoanStatistics.GroupTotal;
import cn.ipfin.dashboard.LoanStatistics.StepTotal;
import cn.ipfin.dashboard.LoanStatistics.Totals;
import cn.ipfin.loan.ApplicationState;

/**
 * Computes loan statistics for a period from one {@link LoanFact} per loan.
 * <ul>
 * <li>Issued: disbursed between {@code from} and {@code to}, in any later state.</li>
 * <li>Outstanding: disbursed on or before {@code to} and now DISBURSED or DEFAULTED; the amount is the principal
 * lent less the principal repaid with value dates up to {@code to}. NPL ratio = DEFAULTED outstanding amount /
 * outstanding amount, 4 decimals.</li>
 * <li>Average rate: Σ(amount × annual rate) / Σ amount over the loans issued, 6 decimals.</li>
 * <li>Enterprises served: distinct applicants of the loans issued.</li>
 * <li>Approval rate: of the applications submitted in the period, approved (APPROVED or any later state) over
 * approved plus refused (REJECTED by the bank, DECLINED by the guarantor, CHECKS_FAILED), 4 decimals. Open and
 * withdrawn applications are left out.</li>
 * <li>Average days to disbursement: mean calendar days from submission to disbursement of the loans issued,
 * 1 decimal.</li>
 * </ul>
 * Every rounding is HALF_UP.
 */
public class LoanStatisticsCalculator {

    static final Set<ApplicationState> APPROVED = EnumSet.of(ApplicationState.APPROVED, ApplicationState.REGISTERED,
            ApplicationState.DISBURSED, ApplicationState.SETTLED, ApplicationState.DEFAULTED);
    static final Set<ApplicationState> REFUSED = EnumSet.of(ApplicationState.REJECTED, ApplicationState.DECLINED,
            ApplicationState.CHECKS_FAILED);
    static final Set<ApplicationState> OUTSTANDING = EnumSet.of(ApplicationState.DISBURSED,
            ApplicationState.DEFAULTED);

    public LoanStatistics compute(List<LoanFact> facts, StatisticsPeriod period) {
        List<LoanFact> issued = facts.stream().filter(fact -> isIssued(fact, period)).toList();
        List<LoanFact> outstanding = facts.stream().filter(fact -> isOutstanding(fact, period)).toList();
        List<LoanFact> submitted = facts.stream().filter(fact -> period.contains(fact.submittedOn())).toList();

        Map<LoanDimension, List<GroupTotal>> groups = new EnumMap<>(LoanDimension.class);
        for (LoanDimension dimension : LoanDimension.values()) {
            groups.put(dimension, groupTotals(dimension, issued, outstanding));
        }
        return new LoanStatistics(totals(issued, outstanding, submitted), groups, series(issued, period));
    }

    private static boolean isIssued(LoanFact fact, StatisticsPeriod period) {
        return period.contains(fact.disbursedOn());
    }

    private static boolean isOutstanding(LoanFact fact, StatisticsPeriod period) {
        return fact.disbursedOn() != null && !fact.disbursedOn().isAfter(period.to())
                && OUTSTANDING.contains(fact.state());
    }

    private static Totals totals(List<LoanFact> issued, List<LoanFact> outstanding, List<LoanFact> submitted) {
        List<LoanFact> defaulted = outstanding.stream()
                .filter(fact -> fact.state() == ApplicationState.DEFAULTED).toList();
        Money issuedAmount = sum(issued);
        Money outstandingAmount = sumOutstanding(outstanding);
        Money defaultedAmount = sumOutstanding(defaulted);
        long approved = submitted.stream().filter(fact -> APPROVED.contains(fact.state())).count();
        long refused = submitted.stream().filter(fact -> REFUSED.contains(fact.state())).count();
        long enterprises = issued.stream().map(LoanFact::applicantId).distinct().count();

        return new Totals(issued.size(), issuedAmount, outstanding.size(), outstandingAmount, defaulted.size(),
                defaultedAmount, ratio(defaultedAmount.amount(), outstandingAmount.amount()),
                averageRate(issued, issuedAmount), enterprises, submitted.size(), approved, refused,
                ratio(BigDecimal.valueOf(approved), BigDecimal.valueOf(approved + refused)),
                averageDays(issued));
    }

    private static BigDecimal averageRate(List<LoanFact> issued, Money issuedAmount) {
        if (issuedAmount.isZero()) {
            return null;
        }
        BigDecimal weighted = issued.stream().map(fact -> fact.amount().amount().multiply(fact.annualRate()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return weighted.divide(issuedAmount.amount(), 6, RoundingMode.HALF_UP);
    }

    private static BigDecimal averageDays(List<LoanFact> issued) {
        List<LoanFact> dated = issued.stream().filter(fact -> fact.submittedOn() != null).toList();
        if (dated.isEmpty()) {
            return null;
        }
        long days = dated.stream()
                .mapToLong(fact -> ChronoUnit.DAYS.between(fact.submittedOn(), fact.disbursedOn())).sum();
        return BigDecimal.valueOf(days).divide(BigDecimal.valueOf(dated.size()), 1, RoundingMode.HALF_UP);
    }

    private static List<GroupTotal> groupTotals(LoanDimension dimension, List<LoanFact> issued,
            List<LoanFact> outstanding) {
        Map<String, List<LoanFact>> issuedByKey = issued.stream()
                .collect(Collectors.groupingBy(dimension::keyOf, TreeMap::new, Collectors.toList()));
        Map<String, List<LoanFact>> outstandingByKey = outstanding.stream()
                .collect(Collectors.groupingBy(dimension::keyOf, TreeMap::new, Collectors.toList()));
        Map<String, GroupTotal> totals = new TreeMap<>();
        for (String key : union(issuedByKey.keySet(), outstandingByKey.keySet())) {
            List<LoanFact> keyIssued = issuedByKey.getOrDefault(key, List.of());
            List<LoanFact> keyOutstanding = outstandingByKey.getOrDefault(key, List.of());
            totals.put(key, new GroupTotal(key, keyIssued.size(), sum(keyIssued), keyOutstanding.size(),
                    sumOutstanding(keyOutstanding)));
        }
        return totals.values().stream()
                .sorted(Comparator.comparing(GroupTotal::issuedAmount).reversed()
                        .thenComparing(Comparator.comparing(GroupTotal::outstandingAmount).reversed())
                        .thenComparing(GroupTotal::key))
                .toList();
    }

    private static List<StepTotal> series(List<LoanFact> issued, StatisticsPeriod period) {
        Granularity granularity = period.granularity();
        Map<String, List<LoanFact>> byStep = new LinkedHashMap<>();
        for (String label : granularity.labelsBetween(period.from(), period.to())) {
            byStep.put(label, new ArrayList<>());
        }
        for (LoanFact fact : issued) {
            byStep.get(granularity.labelOf(fact.disbursedOn())).add(fact);
        }
        return byStep.entrySet().stream()
                .map(step -> new StepTotal(step.getKey(), step.getValue().size(), sum(step.getValue())))
                .toList();
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> keys = new TreeSet<>(first);
        keys.addAll(second);
        return keys;
    }

    private static Money sum(List<LoanFact> facts) {
        return facts.stream().map(LoanFact::amount).reduce(Money.ZERO, Money::plus);
    }

    private static Money sumOutstanding(List<LoanFact> facts) {
        return facts.stream().map(LoanFact::outstandingPrincipal).reduce(Money.ZERO, Money::plus);
    }

    /** Returns numerator / denominator with 4 decimals, or null for a zero denominator. */
    static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            return null;
        }
        return numerator.divide(denominator, 4, RoundingMode.HALF_UP);
    }
}
