package cn.ipfin.subsidy.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.subsidy.ClaimRequest;
import cn.ipfin.subsidy.ClaimState;
import cn.ipfin.subsidy.SubsidyClaim;
import cn.ipfin.subsidy.SubsidyClaimService;
import cn.ipfin.subsidy.api.ClaimViews.ClaimView;
import cn.ipfin.subsidy.api.ClaimViews.PreviewView;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Subsidy claims for API clients. Enterprises preview, submit, resubmit and withdraw their own claims; government
 * users review, approve and record payouts; banks read the claims on their loans. Every step names the
 * {@code version} of the claim it read, so a step on a stale copy gets 409.
 */
@RestController
@RequestMapping("/api/v1/subsidy-claims")
@PreAuthorize("hasAnyRole('ENTERPRISE','BANK','GOVERNMENT','OPERATOR','ADMIN')")
class SubsidyClaimApiController {

    private final SubsidyClaimService claims;
    private final MessageSource messages;

    SubsidyClaimApiController(SubsidyClaimService claims, MessageSource messages) {
        this.claims = claims;
        this.messages = messages;
    }

    record StepRequest(Long version, String note, String reason, LocalDate paidOn, String payoutReference) {
    }

    @PostMapping("/preview")
    @PreAuthorize("hasRole('ENTERPRISE')")
    PreviewView preview(@RequestBody ClaimRequest request, @AuthenticationPrincipal CurrentUser user, Locale locale) {
        return PreviewView.of(claims.preview(request, user), messages, locale);
    }

    @PostMapping
    @PreAuthorize("hasRole('ENTERPRISE')")
    ResponseEntity<ClaimView> submit(@RequestBody ClaimRequest request, @AuthenticationPrincipal CurrentUser user) {
        SubsidyClaim claim = claims.submit(request, user);
        return ResponseEntity.created(URI.create("/api/v1/subsidy-claims/" + claim.getId())).body(view(claim));
    }

    @GetMapping
    List<ClaimView> list(@RequestParam(required = false) ClaimState state, @AuthenticationPrincipal CurrentUser user) {
        return claims.list(user, state).stream().map(this::view).toList();
    }

    @GetMapping("/{id}")
    ClaimView get(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return view(claims.get(id, user));
    }

    @PostMapping("/{id}/recommendation")
    @PreAuthorize("hasRole('GOVERNMENT')")
    ClaimView recommend(@PathVariable Long id, @RequestBody StepRequest step, @AuthenticationPrincipal CurrentUser user) {
        return view(claims.recommend(id, version(step), step.note(), user));
    }

    @PostMapping("/{id}/return")
    @PreAuthorize("hasRole('GOVERNMENT')")
    ClaimView returnClaim(@PathVariable Long id, @RequestBody StepRequest step,
            @AuthenticationPrincipal CurrentUser user) {
        return view(claims.returnToEnterprise(id, version(step), step.reason(), user));
    }

    @PostMapping("/{id}/approval")
    @PreAuthorize("hasRole('GOVERNMENT')")
    ClaimView approve(@PathVariable Long id, @RequestBody StepRequest step, @AuthenticationPrincipal CurrentUser user) {
        return view(claims.approve(id, version(step), step.note(), user));
    }

    @PostMapping("/{id}/rejection")
    @PreAuthorize("hasRole('GOVERNMENT')")
    ClaimView reject(@PathVariable Long id, @RequestBody StepRequest step, @AuthenticationPrincipal CurrentUser user) {
        return view(claims.reject(id, version(step), step.reason(), user));
    }

    @PostMapping("/{id}/payout")
    @PreAuthorize("hasRole('GOVERNMENT')")
    ClaimView payout(@PathVariable Long id, @RequestBody StepRequest step, @AuthenticationPrincipal CurrentUser user) {
        return view(claims.recordPayout(id, version(step), step.paidOn(), step.payoutReference(), user));
    }

    @PostMapping("/{id}/resubmission")
    @PreAuthorize("hasRole('ENTERPRISE')")
    ClaimView resubmit(@PathVariable Long id, @RequestBody StepRequest step, @AuthenticationPrincipal CurrentUser user) {
        return view(claims.resubmit(id, version(step), step.note(), user));
    }

    @PostMapping("/{id}/withdrawal")
    @PreAuthorize("hasRole('ENTERPRISE')")
    ClaimView withdraw(@PathVariable Long id, @RequestBody StepRequest step, @AuthenticationPrincipal CurrentUser user) {
        return view(claims.withdraw(id, version(step), step.reason(), user));
    }

    private ClaimView view(SubsidyClaim claim) {
        return ClaimView.of(claim, claims.today());
    }

    private static long version(StepRequest step) {
        if (step.version() == null) {
            throw InvalidInputException.of("version", "subsidy.version.missing");
        }
        return step.version();
    }
}
