package cn.ipfin.risk;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.ipfin.credit.LatestGrades;
import cn.ipfin.ipasset.PledgedAsset;
import cn.ipfin.loan.LoanSummary;

/**
 * The rules of the monitoring sweep, applied to facts read in advance. Each method returns the alert one loan or
 * pledge calls for, or empty, and runs no query. The rules and the rating scale are read once, when the checks
 * are made. A rule that is switched off returns nothing.
 */
final class SweepChecks {

    private static final List<RuleCode> OVERDUE_RULES = List.of(RuleCode.REPAYMENT_OVERDUE_90,
            RuleCode.REPAYMENT_OVERDUE_30, RuleCode.REPAYMENT_OVERDUE_1);

    private final Map<RuleCode, RiskRule> rules = new EnumMap<>(RuleCode.class);
    private final List<String> grades;
    private final List<Integer> leadDays;

    /**
     * @param grades the grades of the current scorecard, best first
     * @param leadDays the days before a due date on which a fee reminder goes out, in ascending order
     */
    SweepChecks(List<RiskRule> rules, List<String> grades, List<Integer> leadDays) {
        rules.forEach(rule -> this.rules.put(rule.getCode(), rule));
        this.grades = List.copyOf(grades);
        this.leadDays = List.copyOf(leadDays);
    }

    /** Applies the overdue rule with the highest threshold the loan's days past due reach. */
    Optional<AlertDraft> overdue(LoanSummary loan, int daysPastDue) {
        for (RuleCode code : OVERDUE_RULES) {
            RiskRule rule = rule(code);
            if (rule.isEnabled() && daysPastDue >= rule.getThreshold().intValue()) {
                return Optional.of(new AlertDraft(code, "loan:" + loan.id(), "risk.alert.message.overdue",
                        List.of(String.valueOf(loan.id()), String.valueOf(daysPastDue)), AlertRouting.forLoan(loan),
                        null, loan.id(), loan.applicantOrganizationId()));
            }
        }
        return Optional.empty();
    }

    /** Applies the rating-downgrade rule to the applicant's two latest ratings, as {@link RatingMonitor} does. */
    Optional<AlertDraft> ratingDowngrade(LoanSummary loan, LatestGrades latest) {
        RiskRule rule = rule(RuleCode.RATING_DOWNGRADE);
        if (!rule.isEnabled() || latest.previousGrade() == null || !RatingMonitor.isDowngrade(grades,
                rule.getThreshold().intValue(), latest.previousGrade(), latest.latestGrade())) {
            return Optional.empty();
        }
        return Optional.of(RatingMonitor.draft(loan, latest.previousGrade(), latest.latestGrade(),
                latest.latestRatingId()));
    }

    /** Returns the abnormal-operation alert for the applicant's latest listing. */
    Optional<AlertDraft> abnormalOperation(LoanSummary loan, AbnormalListing listing) {
        if (!rule(RuleCode.ABNORMAL_OPERATION).isEnabled()) {
            return Optional.empty();
        }
        return Optional.of(new AlertDraft(RuleCode.ABNORMAL_OPERATION,
                "loan:" + loan.id() + ":abnormal:" + listing.listedOn(), "risk.alert.message.abnormal",
                List.of(String.valueOf(loan.id()), listing.name(), String.valueOf(listing.listedOn()),
                        listing.reason() == null ? "" : listing.reason()),
                AlertRouting.forLoan(loan), null, loan.id(), loan.applicantOrganizationId()));
    }

    /**
     * Applies the annual-fee rules to a pledged patent's next fee: unpaid once the due date has passed, otherwise
     * a reminder at the smallest lead time the days left are within.
     *
     * @param routed the organisations that alerts about the asset go to, without the pledgor, which is added
     */
    Optional<AlertDraft> annualFee(PledgedAsset asset, AnnualFeeQuote quote, Set<Long> routed, LocalDate asOf) {
        Set<Long> recipients = new LinkedHashSet<>(routed);
        recipients.add(asset.pledgorOrganizationId());
        List<String> arguments = List.of(asset.number(), String.valueOf(quote.feeYear()),
                String.valueOf(quote.dueDate()), String.valueOf(quote.lateWindowEnd()), quote.total().toString());
        if (quote.stage() != AnnualFeeQuote.Stage.NOT_YET_DUE) {
            if (!rule(RuleCode.ANNUAL_FEE_UNPAID).isEnabled()) {
                return Optional.empty();
            }
            return Optional.of(new AlertDraft(RuleCode.ANNUAL_FEE_UNPAID,
                    "fee:" + asset.assetId() + ":" + quote.feeYear(), "risk.alert.message.feeUnpaid", arguments,
                    recipients, asset.assetId(), null, asset.ownerOrganizationId()));
        }
        if (!rule(RuleCode.ANNUAL_FEE_DUE).isEnabled()) {
            return Optional.empty();
        }
        long daysLeft = ChronoUnit.DAYS.between(asOf, quote.dueDate());
        Optional<Integer> lead = leadDays.stream().filter(days -> daysLeft <= days).findFirst();
        return lead.map(days -> new AlertDraft(RuleCode.ANNUAL_FEE_DUE,
                "fee:" + asset.assetId() + ":" + quote.feeYear() + ":" + days, "risk.alert.message.feeDue", arguments,
                recipients, asset.assetId(), null, asset.ownerOrganizationId()));
    }

    private RiskRule rule(RuleCode code) {
        RiskRule rule = rules.get(code);
        if (rule == null) {
            throw new IllegalStateException("Rule " + code + " is not seeded");
        }
        return rule;
    }
}
