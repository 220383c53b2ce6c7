package cn.ipfin.ipasset.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.ipasset.IpPledge;
import cn.ipfin.ipasset.PledgeCheck;
import cn.ipfin.ipasset.PledgeEligibilityValidator;
import cn.ipfin.ipasset.PledgeRequest;
import cn.ipfin.ipasset.PledgeService;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The pledge checklist of an asset and the pledges that lenders record on assets. */
@RestController
class PledgeApiController {

    private final PledgeService pledges;
    private final MessageSource messages;

    PledgeApiController(PledgeService pledges, MessageSource messages) {
        this.pledges = pledges;
        this.messages = messages;
    }

    record CheckView(String ground, String outcome, boolean blocker, boolean blocks, String message) {
    }

    record ChecklistView(boolean blocked, List<CheckView> checks) {
    }

    /** The statements of a pledge application; missing confirmations count as not given. */
    record ChecklistInput(Long pledgorOrganizationId, LocalDate loanFinalDueDate, Boolean contractComplete,
            Boolean coOwnersConsented, Boolean partiesInsistDespiteInvalidation) {

        PledgeRequest toRequest() {
            return new PledgeRequest(pledgorOrganizationId, loanFinalDueDate, contractComplete, coOwnersConsented,
                    Boolean.TRUE.equals(partiesInsistDespiteInvalidation));
        }
    }

    record PledgeInput(Long pledgorOrganizationId, String reference, String registrationNumber,
            LocalDate registeredOn, LocalDate loanFinalDueDate) {
    }

    record PledgeView(Long id, Long assetId, Long pledgorOrganizationId, Long pledgeeOrganizationId, String reference,
            String registrationNumber, LocalDate registeredOn, LocalDate releasedOn, String status) {

        static PledgeView of(IpPledge pledge) {
            return new PledgeView(pledge.getId(), pledge.getAssetId(), pledge.getPledgorOrganizationId(),
                    pledge.getPledgeeOrganizationId(), pledge.getReference(), pledge.getRegistrationNumber(),
                    pledge.getRegisteredOn(), pledge.getReleasedOn(), pledge.getStatus().name());
        }
    }

    @PostMapping("/api/v1/ip-assets/{id}/pledge-checks")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'BANK', 'GUARANTOR', 'INSURER', 'EVALUATOR', 'OPERATOR', 'ADMIN')")
    ChecklistView check(@PathVariable Long id, @RequestBody ChecklistInput input, Locale locale) {
        List<PledgeCheck> checks = pledges.check(id, input.toRequest());
        List<CheckView> views = checks.stream().map(check -> new CheckView(check.ground().name(),
                check.outcome().name(), check.ground().isBlocker(), check.blocks(),
                messages.getMessage(check.messageKey(), check.arguments().toArray(), locale))).toList();
        return new ChecklistView(PledgeEligibilityValidator.blocked(checks), views);
    }

    /** Records a pledge registered at CNIPA; the signed-in bank's organisation is the pledgee. */
    @PostMapping("/api/v1/ip-assets/{id}/pledges")
    @PreAuthorize("hasRole('BANK')")
    ResponseEntity<PledgeView> record(@PathVariable Long id, @RequestBody PledgeInput input,
            @AuthenticationPrincipal CurrentUser user) {
        List<InvalidInputException.Violation> violations = new java.util.ArrayList<>();
        if (input.pledgorOrganizationId() == null) {
            violations.add(new InvalidInputException.Violation("pledgorOrganizationId", "pledge.pledgor.missing"));
        }
        if (input.reference() == null || input.reference().isBlank()) {
            violations.add(new InvalidInputException.Violation("reference", "pledge.reference.missing"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        IpPledge pledge = pledges.record(id, new PledgeService.Registration(input.pledgorOrganizationId(),
                user.organizationId(), input.reference().trim(), input.registrationNumber(), input.registeredOn(),
                input.loanFinalDueDate()), user.username());
        return ResponseEntity.created(URI.create("/api/v1/ip-pledges/" + pledge.getId())).body(PledgeView.of(pledge));
    }

    @PostMapping("/api/v1/ip-pledges/{pledgeId}/release")
    @PreAuthorize("hasRole('BANK')")
    PledgeView release(@PathVariable Long pledgeId, @AuthenticationPrincipal CurrentUser user) {
        return PledgeView.of(pledges.release(pledgeId, user.organizationId()));
    }
}
