package cn.ipfin.ipasset;

import java.time.LocalDate;

/**
 * What a pledge application states: the pledgor, the loan's final due date and the facts a person confirms;
 * {@code null} for {@code contractComplete} or {@code coOwnersConsented} means not confirmed yet.
 */
public record PledgeRequest(Long pledgorOrganizationId, LocalDate loanFinalDueDate, Boolean contractComplete,
        Boolean coOwnersConsented, boolean partiesInsistDespiteInvalidation) {
}
