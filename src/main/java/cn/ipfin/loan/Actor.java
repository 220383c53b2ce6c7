package cn.ipfin.loan;

/** The user who performs a step, with the organisation the user acts for. */
public record Actor(String username, Long organizationId) {
}
