package cn.ipfin.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.ipfin.core.money.Money;
import cn.ipfin.loan.LoanQueries;
import cn.ipfin.loan.LoanSummary;
import cn.ipfin.valuation.AssetsRevalued;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Applies the loan-to-value rule (抵质押率) when a valuation report is signed: for each live loan pledging one of
 * the revalued assets, loan-to-value is the outstanding principal on the report's issue date over the report's
 * value, rounded HALF_UP to 4 decimals. A ratio above the rule's threshold (a fraction, 0.7 by default) raises an
 * alert to the pledgee, the lender, the guarantor and the insurer.
 *
 * <p>NOTE: the report values its assets together. When a loan pledges more assets than the report covers, the
 * value of the other assets is not added, so the ratio is too high. When one report covers assets of several
 * loans, each loan is compared with the whole value, so the ratio is too low.
 */
@Component
class LoanToValueMonitor {

    private final AlertService alerts;
    private final RuleService rules;
    private final AlertRouting routing;
    private final LoanQueries loans;

    LoanToValueMonitor(AlertService alerts, RuleService rules, AlertRouting routing, LoanQueries loans) {
        this.alerts = alerts;
        this.rules = rules;
        this.routing = routing;
        this.loans = loans;
    }

    @ApplicationModuleListener
    void on(AssetsRevalued event) {
        check(event);
    }

    /** Applies the rule to one signed report and returns the alerts it raised, one per loan at most. */
    List<Alert> check(AssetsRevalued event) {
        RiskRule rule = rules.rule(RuleCode.LOAN_TO_VALUE);
        if (!rule.isEnabled()) {
            return List.of();
        }
        Set<LoanSummary> pledging = new LinkedHashSet<>();
        for (Long assetId : event.assetIds()) {
            pledging.addAll(routing.liveLoansOf(assetId));
        }
        List<Alert> raised = new ArrayList<>();
        for (LoanSummary loan : pledging) {
            check(loan, event, rule.getThreshold()).ifPresent(raised::add);
        }
        return raised;
    }

    private Optional<Alert> check(LoanSummary loan, AssetsRevalued event, BigDecimal threshold) {
        Money outstanding = loans.position(loan.id(), event.valuedOn()).outstandingPrincipal();
        if (!outstanding.isPositive()) {
            return Optional.empty();
        }
        BigDecimal ratio = loanToValue(outstanding, event.value());
        if (ratio != null && ratio.compareTo(threshold) <= 0) {
            return Optional.empty();
        }
        Set<Long> recipients = new LinkedHashSet<>(AlertRouting.forLoan(loan));
        loan.assetIds().stream().filter(event.assetIds()::contains).forEach(assetId ->
                recipients.addAll(routing.forAsset(assetId)));
        Long assetId = event.assetIds().stream().filter(loan.assetIds()::contains).findFirst().orElse(null);
        return alerts.raise(new AlertDraft(RuleCode.LOAN_TO_VALUE, "loan:" + loan.id() + ":ltv:" + event.reportId(),
                "risk.alert.message.loanToValue", List.of(String.valueOf(loan.id()), event.reportNumber(),
                event.value().toString(), outstanding.toString(), percent(ratio), percent(threshold)),
                recipients, assetId, loan.id(), loan.applicantOrganizationId()));
    }

    /** Returns outstanding over value to 4 decimals, or null when the value is zero, which no ratio can express. */
    static BigDecimal loanToValue(Money outstanding, Money value) {
        if (value.isZero()) {
            return null;
        }
        return outstanding.amount().divide(value.amount(), 4, RoundingMode.HALF_UP);
    }

    private static String percent(BigDecimal fraction) {
        return fraction == null ? "∞" : fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
