package cn.ipfin.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.ipfin.credit.CreditRatingService;
import cn.ipfin.credit.EnterpriseRated;
import cn.ipfin.credit.RatingModel;
import cn.ipfin.loan.ApplicationState;
import cn.ipfin.loan.LoanQueries;
import cn.ipfin.loan.LoanSummary;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Applies the rating-downgrade rule: a new rating at least the rule's threshold in grades below the previous one
 * raises an alert on each disbursed loan of the enterprise. It reacts to every {@link EnterpriseRated} at once,
 * and the nightly sweep applies the same check to the two latest ratings.
 */
@Component
class RatingMonitor {

    private final AlertService alerts;
    private final RuleService rules;
    private final LoanQueries loans;
    private final CreditRatingService ratings;

    RatingMonitor(AlertService alerts, RuleService rules, LoanQueries loans, CreditRatingService ratings) {
        this.alerts = alerts;
        this.rules = rules;
        this.loans = loans;
        this.ratings = ratings;
    }

    @ApplicationModuleListener
    void on(EnterpriseRated event) {
        check(event);
    }

    /** Applies the rule to one rating event and returns the alerts it raised, one per disbursed loan at most. */
    List<Alert> check(EnterpriseRated event) {
        if (event.previousGrade() == null) {
            return List.of();
        }
        List<Alert> raised = new ArrayList<>();
        for (LoanSummary loan : loans.ofApplicant(event.enterpriseId())) {
            if (loan.state() == ApplicationState.DISBURSED) {
                check(loan, event.previousGrade(), event.grade(), event.ratingId()).ifPresent(raised::add);
            }
        }
        return raised;
    }

    /**
     * Raises an alert on the loan when {@code latestGrade} is at least the threshold in grades below
     * {@code previousGrade} on the current scorecard. A grade the scorecard does not list raises nothing.
     */
    Optional<Alert> check(LoanSummary loan, String previousGrade, String latestGrade, Long latestRatingId) {
        List<String> grades = gradesOf(ratings.currentModel());
        int threshold = rules.rule(RuleCode.RATING_DOWNGRADE).getThreshold().intValue();
        if (!isDowngrade(grades, threshold, previousGrade, latestGrade)) {
            return Optional.empty();
        }
        return alerts.raise(draft(loan, previousGrade, latestGrade, latestRatingId));
    }

    /** Returns the grades of a scorecard, best first. */
    static List<String> gradesOf(RatingModel model) {
        return model.grades().stream().map(RatingModel.GradeThreshold::grade).toList();
    }

    /**
     * Returns whether {@code latestGrade} is at least {@code threshold} places below {@code previousGrade} in
     * {@code grades}, which lists the best grade first. A grade that is not in the list gives false.
     */
    static boolean isDowngrade(List<String> grades, int threshold, String previousGrade, String latestGrade) {
        int latest = grades.indexOf(latestGrade);
        int previous = grades.indexOf(previousGrade);
        return latest >= 0 && previous >= 0 && latest - previous >= threshold;
    }

    static AlertDraft draft(LoanSummary loan, String previousGrade, String latestGrade, Long latestRatingId) {
        return new AlertDraft(RuleCode.RATING_DOWNGRADE, "loan:" + loan.id() + ":rating:" + latestRatingId,
                "risk.alert.message.rating", List.of(String.valueOf(loan.id()), previousGrade, latestGrade),
                AlertRouting.forLoan(loan), null, loan.id(), loan.applicantOrganizationId());
    }
}
