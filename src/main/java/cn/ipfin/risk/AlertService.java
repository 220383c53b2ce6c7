package cn.ipfin.risk;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import cn.ipfin.core.error.ConflictException;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.NotFoundException;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.notification.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises alerts, one open alert per rule and subject, and lets the organisations they are routed to read,
 * acknowledge, comment and resolve them. Platform staff see and act on every alert; anyone else gets a 404
 * for an alert not routed to their organisation.
 */
@Service
public class AlertService {

    private static final Logger log = LoggerFactory.getLogger(AlertService.class);
    private static final int MAX_COMMENT_LENGTH = 2000;

    private final Alerts alerts;
    private final RuleService rules;
    private final ApplicationEventPublisher events;
    private final Notifications notifications;
    private final Clock clock;

    AlertService(Alerts alerts, RuleService rules, ApplicationEventPublisher events, Notifications notifications,
            Clock clock) {
        this.alerts = alerts;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
        this.notifications = notifications;
    }

    /**
     * Raises an alert unless its rule is switched off or an alert for the same rule and subject is still open or
     * acknowledged; that one gets the new recipients instead.
     *
     * @return the new alert, or empty when none was raised
     */
    @Transactional
    Optional<Alert> raise(AlertDraft draft) {
        RiskRule rule = rules.rule(draft.rule());
        if (!rule.isEnabled()) {
            return Optional.empty();
        }
        Optional<Alert> open = alerts.findFirstByRuleAndSubjectKeyAndStateNot(draft.rule(), draft.subjectKey(),
                AlertState.RESOLVED);
        if (open.isPresent()) {
            Set<Long> added = new LinkedHashSet<>(draft.recipients());
            added.removeAll(open.get().getRecipients());
            open.get().addRecipients(draft.recipients());
            notify(open.get(), draft, added);
            return Optional.empty();
        }
        Alert alert = alerts.saveAndFlush(new Alert(draft, rule.getSeverity(), clock.instant()));
        notify(alert, draft, draft.recipients());
        events.publishEvent(new AlertRaised(alert.getId(), alert.getRule(), alert.getSeverity(),
                alert.getSubjectKey(), alert.getRecipients(), alert.getAssetId(), alert.getLoanId()));
        log.info("Raised {} alert {} for rule {} on {}", alert.getSeverity(), alert.getId(), alert.getRule(),
                alert.getSubjectKey());
        return Optional.of(alert);
    }

    /** Reads the subjects and recipients of every open or acknowledged alert, for a sweep to skip repeats. */
    @Transactional(readOnly = true)
    OpenAlerts openAlerts() {
        OpenAlerts open = new OpenAlerts();
        for (Object[] row : alerts.openRecipients()) {
            open.add((RuleCode) row[0], (String) row[1], (Long) row[2]);
        }
        return open;
    }

    /**
     * Puts the alert into the in-app notifications of every user of the given organisations, with the alert's
     * own message, so a bank learns of a lapse without opening the alerts page.
     */
    private void notify(Alert alert, AlertDraft draft, Set<Long> organizationIds) {
        for (Long organizationId : organizationIds) {
            notifications.notifyOrganization(organizationId, "risk.alert-raised", draft.messageKey(), draft.messageArguments(),
                    "/risk/alerts/" + alert.getId());
        }
    }

    /** Returns the alerts routed to the user's organisation, or every alert for platform staff. */
    @Transactional(readOnly = true)
    public Page<Alert> list(CurrentUser user, Severity severity, AlertState state, Pageable pageable) {
        Long organizationId = user.isPlatformStaff() ? null : user.organizationId();
        return alerts.search(organizationId, severity, state, pageable);
    }

    @Transactional(readOnly = true)
    public Alert get(Long id, CurrentUser user) {
        Alert alert = visible(id, user);
        alert.getComments();
        return alert;
    }

    @Transactional
    public Alert acknowledge(Long id, long version, String comment, CurrentUser user) {
        Alert alert = current(id, version, user);
        alert.acknowledge(user.username(), user.organizationId(), clean(comment, false), clock.instant());
        log.info("Alert {} acknowledged by {}", id, user.username());
        return alerts.saveAndFlush(alert);
    }

    /** Resolves an alert; a resolution needs a comment that says how the risk was handled. */
    @Transactional
    public Alert resolve(Long id, long version, String comment, CurrentUser user) {
        Alert alert = current(id, version, user);
        alert.resolve(user.username(), user.organizationId(), clean(comment, true), clock.instant());
        log.info("Alert {} resolved by {}", id, user.username());
        return alerts.saveAndFlush(alert);
    }

    @Transactional
    public Alert comment(Long id, String comment, CurrentUser user) {
        Alert alert = visible(id, user);
        alert.comment(user.username(), user.organizationId(), clean(comment, true), clock.instant());
        return alerts.saveAndFlush(alert);
    }

    private Alert current(Long id, long version, CurrentUser user) {
        Alert alert = visible(id, user);
        if (alert.getVersion() != version) {
            throw new ConflictException("risk.alert.stale", "risk.alert.stale", id);
        }
        return alert;
    }

    private Alert visible(Long id, CurrentUser user) {
        return alerts.findById(id).filter(alert -> user.isPlatformStaff() || alert.isRoutedTo(user.organizationId()))
                .orElseThrow(() -> new NotFoundException("risk.alert.not-found", "risk.alert.notFound", id));
    }

    private static String clean(String comment, boolean required) {
        String text = comment == null ? "" : comment.strip();
        if (required && text.isEmpty()) {
            throw InvalidInputException.of("comment", "risk.alert.comment.missing");
        }
        if (text.length() > MAX_COMMENT_LENGTH) {
            throw InvalidInputException.of("comment", "risk.alert.comment.tooLong", MAX_COMMENT_LENGTH);
        }
        return text.isEmpty() ? null : text;
    }
}
