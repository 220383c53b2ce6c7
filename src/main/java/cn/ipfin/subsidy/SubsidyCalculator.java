package cn.ipfin.subsidy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.ipfin.core.money.Money;
import cn.ipfin.subsidy.ClaimFacts.YearInput;
import cn.ipfin.subsidy.SubsidyAssessment.Reason;
import cn.ipfin.subsidy.SubsidyAssessment.YearAmount;

/**
 * Decides whether a claim is eligible for an interest subsidy (贴息) and computes its amount.
 *
 * <p>Eligibility: the policy is active and covers the whole claim period; the loan rate is at most the 1-year LPR
 * times the policy's multiple, or the LPR plus its spread; the enterprise is a qualified tech SME when the policy
 * requires one; the term and principal are within the policy's limits. Every failed rule is one reason.
 *
 * <p>Amount, for each calendar year of the period: the base is the interest paid in that year, or the principal ×
 * the annual rate × the days of the period in that year (both ends included) / 360. The amount is base × share,
 * where the share is the policy's guaranteed share when a guarantor or insurer covers the loan and the policy has
 * one. It is rounded to the fen HALF_UP and never exceeds the interest paid × share, rounded the same way. With a
 * yearly cap per enterprise, the amount is cut to the cap minus what the enterprise already claimed that year.
 */
public class SubsidyCalculator {

    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(360);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A calendar-year slice of a claim period. */
    public record YearSlice(int year, LocalDate from, LocalDate to) {
    }

    /** Splits a period into the parts that fall into each calendar year, in order. */
    public static List<YearSlice> yearsOf(LocalDate from, LocalDate to) {
        List<YearSlice> slices = new ArrayList<>();
        LocalDate start = from;
        while (!start.isAfter(to)) {
            LocalDate yearEnd = LocalDate.of(start.getYear(), 12, 31);
            LocalDate end = yearEnd.isBefore(to) ? yearEnd : to;
            slices.add(new YearSlice(start.getYear(), start, end));
            start = end.plusDays(1);
        }
        return slices;
    }

    public SubsidyAssessment assess(PolicyTerms policy, ClaimFacts facts) {
        BigDecimal share = facts.guaranteed() && policy.guaranteedShare() != null ? policy.guaranteedShare()
                : policy.share();
        List<Reason> reasons = reasons(policy, facts);
        if (!reasons.isEmpty()) {
            return new SubsidyAssessment(false, reasons, share, List.of(), Money.ZERO);
        }

        List<YearAmount> years = new ArrayList<>();
        Money total = Money.ZERO;
        for (YearInput year : facts.years()) {
            YearAmount amount = amountOf(policy, facts, share, year);
            years.add(amount);
            total = total.plus(amount.amount());
        }
        return new SubsidyAssessment(true, List.of(), share, years, total);
    }

    private static YearAmount amountOf(PolicyTerms policy, ClaimFacts facts, BigDecimal share, YearInput year) {
        BigDecimal interestShare = year.interestPaid().amount().multiply(share);
        Money byInterestPaid = Money.ofRounded(interestShare, RoundingMode.HALF_UP);
        Money base;
        Money amount;
        if (policy.base() == SubsidyBase.INTEREST_PAID) {
            base = year.interestPaid();
            amount = byInterestPaid;
        } else {
            BigDecimal rate = policy.baseRate() != null ? policy.baseRate() : facts.lpr();
            BigDecimal days = BigDecimal.valueOf(ChronoUnit.DAYS.between(year.from(), year.to()) + 1);
            BigDecimal exactBase = facts.principal().amount().multiply(rate).multiply(days);
            base = Money.ofRounded(exactBase.divide(DAYS_PER_YEAR, Money.SCALE, RoundingMode.HALF_UP),
                    RoundingMode.HALF_UP);
            Money byPrincipal = Money.ofRounded(exactBase.multiply(share).divide(DAYS_PER_YEAR, Money.SCALE,
                    RoundingMode.HALF_UP), RoundingMode.HALF_UP);
            amount = byPrincipal.compareTo(byInterestPaid) <= 0 ? byPrincipal : byInterestPaid;
        }

        boolean capped = false;
        if (policy.annualCap() != null) {
            Money remaining = policy.annualCap().minus(year.claimedBefore());
            if (remaining.isNegative()) {
                remaining = Money.ZERO;
            }
            if (amount.compareTo(remaining) > 0) {
                amount = remaining;
                capped = true;
            }
        }
        return new YearAmount(year.year(), year.from(), year.to(), year.interestPaid(), base, amount, capped);
    }

    private static List<Reason> reasons(PolicyTerms policy, ClaimFacts facts) {
        List<Reason> reasons = new ArrayList<>();
        if (policy.status() != PolicyStatus.ACTIVE) {
            reasons.add(new Reason("subsidy.reason.suspended", List.of()));
        }
        if (facts.periodFrom().isBefore(policy.effectiveFrom())) {
            reasons.add(new Reason("subsidy.reason.beforePolicy", List.of(facts.periodFrom().toString(),
                    policy.effectiveFrom().toString())));
        }
        if (policy.effectiveTo() != null && facts.periodTo().isAfter(policy.effectiveTo())) {
            reasons.add(new Reason("subsidy.reason.afterPolicy", List.of(facts.periodTo().toString(),
                    policy.effectiveTo().toString())));
        }
        rateReason(policy, facts).ifPresent(reasons::add);
        if (policy.techSmeRequired() && !facts.techSme()) {
            reasons.add(new Reason("subsidy.reason.notTechSme", List.of()));
        }
        if (policy.maxTermMonths() != null && facts.termMonths() > policy.maxTermMonths()) {
            reasons.add(new Reason("subsidy.reason.termTooLong", List.of(String.valueOf(facts.termMonths()),
                    String.valueOf(policy.maxTermMonths()))));
        }
        if (policy.maxLoanAmount() != null && facts.principal().compareTo(policy.maxLoanAmount()) > 0) {
            reasons.add(new Reason("subsidy.reason.amountTooLarge", List.of(facts.principal().toString(),
                    policy.maxLoanAmount().toString())));
        }
        return reasons;
    }

    private static Optional<Reason> rateReason(PolicyTerms policy, ClaimFacts facts) {
        switch (policy.rateCapKind()) {
            case LPR_MULTIPLE -> {
                BigDecimal limit = facts.lpr().multiply(policy.rateCapMultiple());
                if (facts.loanRate().compareTo(limit) > 0) {
                    return Optional.of(new Reason("subsidy.reason.rateAboveLprMultiple", List.of(
                            percent(facts.loanRate()), percent(facts.lpr()),
                            policy.rateCapMultiple().stripTrailingZeros().toPlainString(), percent(limit))));
                }
            }
            case LPR_PLUS_SPREAD -> {
                BigDecimal limit = facts.lpr().add(policy.rateCapSpread());
                if (facts.loanRate().compareTo(limit) > 0) {
                    return Optional.of(new Reason("subsidy.reason.rateAboveLprSpread", List.of(
                            percent(facts.loanRate()), percent(facts.lpr()),
                            policy.rateCapSpread().movePointRight(4).stripTrailingZeros().toPlainString(),
                            percent(limit))));
                }
            }
            case NONE -> {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Formats a decimal fraction as a percentage with at least one decimal place: 0.03 becomes "3.0". */
    static String percent(BigDecimal fraction) {
        BigDecimal value = fraction.multiply(HUNDRED).stripTrailingZeros();
        if (value.scale() < 1) {
            value = value.setScale(1);
        }
        return value.toPlainString();
    }
}
