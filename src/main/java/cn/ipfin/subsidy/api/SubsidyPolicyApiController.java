package cn.ipfin.subsidy.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.money.Money;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.subsidy.PolicyDraft;
import cn.ipfin.subsidy.PolicyStatus;
import cn.ipfin.subsidy.RateCapKind;
import cn.ipfin.subsidy.SubsidyBase;
import cn.ipfin.subsidy.SubsidyPolicy;
import cn.ipfin.subsidy.SubsidyPolicyService;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Subsidy policies: anyone reads them; government users and platform staff add versions to the editable ones.
 * A new version names in {@code basedOnVersionNumber} the newest version it was based on.
 */
@RestController
@RequestMapping("/api/v1/subsidy-policies")
class SubsidyPolicyApiController {

    private final SubsidyPolicyService policies;

    SubsidyPolicyApiController(SubsidyPolicyService policies) {
        this.policies = policies;
    }

    record PolicyDetail(PolicyView latest, List<PolicyView> versions) {
    }

    record VersionRequest(Integer basedOnVersionNumber, String name, String region, String description, LocalDate effectiveFrom,
            LocalDate effectiveTo, RateCapKind rateCapKind, BigDecimal rateCapMultiple, BigDecimal rateCapSpread,
            Boolean techSmeRequired, Integer maxTermMonths, BigDecimal maxLoanAmount, SubsidyBase base,
            BigDecimal baseRate, BigDecimal share, BigDecimal guaranteedShare, BigDecimal annualCap,
            PolicyStatus status, String changeNote) {
    }

    @GetMapping
    List<PolicyView> list() {
        return policies.latestVersions().stream().map(PolicyView::of).toList();
    }

    @GetMapping("/{code}")
    PolicyDetail get(@PathVariable String code) {
        List<PolicyView> versions = policies.versions(code).stream().map(PolicyView::of).toList();
        return new PolicyDetail(versions.get(0), versions);
    }

    @PostMapping("/{code}/versions")
    @PreAuthorize("hasAnyRole('GOVERNMENT','OPERATOR','ADMIN')")
    ResponseEntity<PolicyView> addVersion(@PathVariable String code, @RequestBody VersionRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        if (request.basedOnVersionNumber() == null) {
            throw InvalidInputException.of("basedOnVersionNumber", "subsidy.version.missing");
        }
        PolicyDraft draft = new PolicyDraft(request.name(), request.region(), request.description(),
                request.effectiveFrom(), request.effectiveTo(), request.rateCapKind(), request.rateCapMultiple(),
                request.rateCapSpread(), request.techSmeRequired(), request.maxTermMonths(),
                money("maxLoanAmount", request.maxLoanAmount()), request.base(), request.baseRate(), request.share(),
                request.guaranteedShare(), money("annualCap", request.annualCap()), request.status(),
                request.changeNote());
        SubsidyPolicy created = policies.addVersion(code, request.basedOnVersionNumber(), draft, user);
        return ResponseEntity.created(URI.create("/api/v1/subsidy-policies/" + code)).body(PolicyView.of(created));
    }

    private static Money money(String field, BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw InvalidInputException.of(field, "subsidy.money.invalid");
        }
        return Money.of(amount);
    }
}
