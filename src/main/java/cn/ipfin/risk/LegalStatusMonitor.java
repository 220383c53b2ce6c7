package cn.ipfin.risk;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.ipfin.ipasset.LegalStatusChanged;
import cn.ipfin.ipasset.LegalStatusEventKind;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Reacts to legal-status changes at once: an event that endangers the collateral of a pledged patent raises an
 * alert to the pledgee, the lender, the guarantor and the insurer. Events on patents that are not pledged raise
 * nothing.
 */
@Component
class LegalStatusMonitor {

    /**
     * Events that leave the collateral as it was or give it back: the grant, a pledge registration (usually the
     * bank's own) and the restoration of a lapsed patent.
     */
    private static final Set<LegalStatusEventKind> HARMLESS = EnumSet.of(LegalStatusEventKind.GRANTED,
            LegalStatusEventKind.PLEDGE_REGISTERED, LegalStatusEventKind.RESTORED);

    private final AlertService alerts;
    private final AlertRouting routing;

    LegalStatusMonitor(AlertService alerts, AlertRouting routing) {
        this.alerts = alerts;
        this.routing = routing;
    }

    @ApplicationModuleListener
    void on(LegalStatusChanged event) {
        check(event);
    }

    /** Applies the rule to one event and returns the alert it raised, if any. */
    Optional<Alert> check(LegalStatusChanged event) {
        if (!event.pledged() || HARMLESS.contains(event.kind())) {
            return Optional.empty();
        }
        Long loanId = routing.liveLoansOf(event.assetId()).stream().map(loan -> loan.id()).findFirst().orElse(null);
        return alerts.raise(new AlertDraft(RuleCode.PLEDGED_LEGAL_STATUS_CHANGE,
                "asset:" + event.assetId() + ":" + event.kind(), "risk.alert.message.legalStatus",
                List.of(event.applicationNumber(), event.kind().canonicalText(), String.valueOf(event.eventDate())),
                routing.forAsset(event.assetId()), event.assetId(), loanId, event.ownerOrganizationId()));
    }
}
