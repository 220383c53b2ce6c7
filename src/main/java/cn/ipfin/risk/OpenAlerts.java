package cn.ipfin.risk;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The rule, subject and recipients of every alert that is open or acknowledged, read once per sweep. A draft
 * that such an alert already covers, with all of its recipients, would change nothing in
 * {@link AlertService#raise(AlertDraft)}, so the sweep skips it without a transaction.
 *
 * <p>NOTE: an alert resolved after this snapshot but before the sweep ends still counts as open, so its new
 * alert waits for the next sweep.
 */
final class OpenAlerts {

    private final Map<String, Set<Long>> recipientsBySubject = new HashMap<>();

    void add(RuleCode rule, String subjectKey, Long recipient) {
        Set<Long> recipients = recipientsBySubject.computeIfAbsent(key(rule, subjectKey), key -> new HashSet<>());
        if (recipient != null) {
            recipients.add(recipient);
        }
    }

    /** Returns whether an open alert for the draft's rule and subject already goes to every recipient of it. */
    boolean covers(AlertDraft draft) {
        Set<Long> recipients = recipientsBySubject.get(key(draft.rule(), draft.subjectKey()));
        return recipients != null && recipients.containsAll(draft.recipients());
    }

    int size() {
        return recipientsBySubject.size();
    }

    private static String key(RuleCode rule, String subjectKey) {
        return rule.name() + " " + subjectKey;
    }
}
