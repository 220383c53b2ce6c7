package cn.ipfin.valuation;

/**
 * The user acting on an assignment, as the valuation module needs it.
 *
 * @param userId         account id
 * @param username       account name, recorded in the history
 * @param organizationId the organisation the user acts for
 * @param evaluator      whether the user has the evaluator role
 */
public record Actor(Long userId, String username, Long organizationId, boolean evaluator) {
}
