package cn.ipfin.risk;

import java.util.Set;

/**
 * Published when a monitoring rule raises a new alert (风险预警).
 *
 * @param alertId                  the alert
 * @param rule                     the rule that raised it
 * @param severity                 its severity
 * @param subjectKey               what it is about, such as {@code asset:12:LAPSED_UNPAID_FEE} or {@code loan:7}
 * @param recipientOrganizationIds the organisations it is routed to; platform operators see every alert
 * @param assetId                  the IP asset concerned, or null
 * @param loanId                   the loan concerned, or null
 */
public record AlertRaised(Long alertId, RuleCode rule, Severity severity, String subjectKey,
        Set<Long> recipientOrganizationIds, Long assetId, Long loanId) {
}
