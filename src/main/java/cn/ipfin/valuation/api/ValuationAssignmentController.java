package cn.ipfin.valuation.api;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.money.Money;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.identity.Role;
import cn.ipfin.valuation.Actor;
import cn.ipfin.valuation.AssignmentStatus;
import cn.ipfin.valuation.PlatformComparable;
import cn.ipfin.valuation.PlatformComparableService;
import cn.ipfin.valuation.ValuationAssignment;
import cn.ipfin.valuation.ValuationAssignmentService;
import cn.ipfin.valuation.ValuationReport;

/**
 * Valuation assignments (评估委托): request, quote, accept or decline, draft, return or approve, and the signed
 * PDF report. Every transition carries the {@code version} the client last read.
 */
@RestController
@RequestMapping("/api/v1/valuation-assignments")
public class ValuationAssignmentController {

    private final ValuationAssignmentService service;
    private final PlatformComparableService comparables;

    ValuationAssignmentController(ValuationAssignmentService service, PlatformComparableService comparables) {
        this.service = service;
        this.comparables = comparables;
    }

    @PostMapping
    public ResponseEntity<AssignmentResponse> create(@AuthenticationPrincipal CurrentUser user,
            @RequestBody AssignmentRequests.Create body) {
        if (!user.hasRole(Role.ENTERPRISE, Role.BANK)) {
            throw new org.springframework.security.access.AccessDeniedException("Only enterprises and banks request");
        }
        ValuationAssignment created = service.request(actor(user), user.hasRole(Role.BANK),
                body.evaluatorOrganizationId(), body.assetIds(), body.purpose());
        return ResponseEntity.status(HttpStatus.CREATED).body(AssignmentResponse.from(created, null));
    }

    @GetMapping
    public Page<AssignmentResponse> list(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100),
                Sort.by(Sort.Direction.DESC, "createdAt"));
        return service.list(actor(user), request).map(a -> AssignmentResponse.from(a, null));
    }

    @GetMapping("/{id}")
    public AssignmentResponse get(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        return respond(service.get(id, actor(user), user.isPlatformStaff()), user);
    }

    @PostMapping("/{id}/quote")
    public AssignmentResponse quote(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestBody AssignmentRequests.Quote body) {
        if (body.fee() == null || body.fee().stripTrailingZeros().scale() > 2) {
            throw InvalidInputException.of("fee", "valuation.assignment.fee.invalid");
        }
        Money fee = Money.ofRounded(body.fee(), RoundingMode.UNNECESSARY);
        return respond(service.quote(id, body.version(), actor(user), fee, body.note()), user);
    }

    @PostMapping("/{id}/accept")
    public AssignmentResponse accept(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestBody AssignmentRequests.Transition body) {
        return respond(service.accept(id, body.version(), actor(user)), user);
    }

    @PostMapping("/{id}/decline")
    public AssignmentResponse decline(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestBody AssignmentRequests.WithReason body) {
        return respond(service.decline(id, body.version(), actor(user), body.reason()), user);
    }

    @PostMapping("/{id}/draft")
    public AssignmentResponse draft(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestBody AssignmentRequests.Draft body) {
        if (body.input() == null) {
            throw InvalidInputException.of("input", "valuation.assignment.draft.required");
        }
        return respond(service.submitDraft(id, body.version(), actor(user), body.input()), user);
    }

    @PostMapping("/{id}/return")
    public AssignmentResponse returnDraft(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestBody AssignmentRequests.WithReason body) {
        return respond(service.returnDraft(id, body.version(), actor(user), body.reason()), user);
    }

    @PostMapping("/{id}/approve")
    public AssignmentResponse approve(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestBody AssignmentRequests.Transition body) {
        return respond(service.approve(id, body.version(), actor(user)), user);
    }

    /** Returns the platform's closed deals that may serve as comparables, to the evaluator and platform staff. */
    @GetMapping("/{id}/platform-comparables")
    public List<PlatformComparableView> platformComparables(@AuthenticationPrincipal CurrentUser user,
            @PathVariable Long id) {
        return comparables.forAssignment(id, actor(user), user.isPlatformStaff()).stream()
                .map(PlatformComparableView::of).toList();
    }

    /** A platform deal offered as a comparable, with the price as a decimal string in yuan. */
    record PlatformComparableView(Long dealId, Long valuedAssetId, LocalDate contractDate,
            String listingType, String ipKind, String ipcSection, String industryCode, String price,
            boolean matchesIpcSection, String suggestedLine) {

        static PlatformComparableView of(PlatformComparable comparable) {
            return new PlatformComparableView(comparable.dealId(), comparable.valuedAssetId(),
                    comparable.contractDate(), comparable.listingType(), comparable.ipKind().name(),
                    comparable.ipcSection(), comparable.industryCode(), comparable.price().toString(),
                    comparable.matchesIpcSection(), comparable.suggestedLine());
        }
    }

    /** Returns the signed PDF report to the requester, the evaluator and platform staff. */
    @GetMapping(value = "/{id}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    public ResponseEntity<byte[]> report(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        ValuationReport report = service.report(id, actor(user), user.isPlatformStaff());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + report.getReportNumber() + ".pdf\"")
                .body(report.getPdf());
    }

    private AssignmentResponse respond(ValuationAssignment assignment, CurrentUser user) {
        ValuationReport report = assignment.getStatus() == AssignmentStatus.SIGNED
                ? service.report(assignment.getId(), actor(user), user.isPlatformStaff()) : null;
        return AssignmentResponse.from(assignment, report);
    }

    static Actor actor(CurrentUser user) {
        return new Actor(user.userId(), user.username(), user.organizationId(), user.hasRole(Role.EVALUATOR));
    }
}
