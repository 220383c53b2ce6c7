package cn.ipfin.risk;

import java.util.List;
import java.util.Set;

/**
 * The alert a rule raises: the subject it deduplicates on, the message and the organisations to route to.
 * Message arguments are plain text, shown in the order the message key expects.
 */
record AlertDraft(RuleCode rule, String subjectKey, String messageKey, List<String> messageArguments,
        Set<Long> recipients, Long assetId, Long loanId, Long enterpriseId) {

    AlertDraft {
        messageArguments = List.copyOf(messageArguments);
        recipients = Set.copyOf(recipients);
    }
}
