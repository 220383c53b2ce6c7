package cn.ipfin.ipasset;

import java.time.LocalDate;

/**
 * The statements of a pledge application: the pledgor, the loan's final due date and the facts a person
 * confirms. A {@code null} {@code contractComplete} or {@code coOwnersConsented} means not confirmed yet.
 */
public record PledgeRequest(Long pledgorOrganizationId, LocalDate loanFinalDueDate, Boolean contractComplete,
        Boolean coOwnersConsented, boolean partiesInsistDespiteInvalidation) {
}
