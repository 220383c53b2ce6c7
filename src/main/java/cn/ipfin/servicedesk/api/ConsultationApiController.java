package cn.ipfin.servicedesk.api;

import java.net.URI;
import java.util.List;

import cn.ipfin.identity.CurrentUser;
import cn.ipfin.servicedesk.Consultation;
import cn.ipfin.servicedesk.ConsultationService;
import cn.ipfin.servicedesk.ConsultationStatus;
import cn.ipfin.servicedesk.ConsultationType;
import cn.ipfin.servicedesk.api.ServiceDeskViews.ConsultationView;
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

/** Consultations: enterprises request, operators assign to advisors, advisors record progress and notes. */
@RestController
@RequestMapping("/api/v1/consultations")
@PreAuthorize("isAuthenticated()")
class ConsultationApiController {

    private final ConsultationService consultations;

    ConsultationApiController(ConsultationService consultations) {
        this.consultations = consultations;
    }

    record ConsultationRequest(ConsultationType type, String description) {
    }

    record AssignRequest(String advisor) {
    }

    record ProgressRequest(ConsultationStatus status, String notes) {
    }

    @GetMapping
    List<ConsultationView> visible(@AuthenticationPrincipal CurrentUser user) {
        return consultations.visibleTo(user).stream().map(ConsultationView::of).toList();
    }

    @PostMapping
    @PreAuthorize("hasRole('ENTERPRISE')")
    ResponseEntity<ConsultationView> request(@RequestBody ConsultationRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        Consultation consultation = consultations.request(body.type(), body.description(), user);
        return ResponseEntity.created(URI.create("/api/v1/consultations/" + consultation.getId()))
                .body(ConsultationView.of(consultation));
    }

    @GetMapping("/{id}")
    ConsultationView get(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return ConsultationView.of(consultations.get(id, user));
    }

    @PostMapping("/{id}/assign")
    @PreAuthorize("hasAnyRole('OPERATOR', 'ADMIN')")
    ConsultationView assign(@PathVariable Long id, @RequestParam long version, @RequestBody AssignRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        return ConsultationView.of(consultations.assign(id, version, body.advisor(), user));
    }

    @PostMapping("/{id}/progress")
    @PreAuthorize("hasAnyRole('LAW_FIRM', 'EVALUATOR', 'OPERATOR', 'ADMIN')")
    ConsultationView progress(@PathVariable Long id, @RequestParam long version, @RequestBody ProgressRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        return ConsultationView.of(consultations.progress(id, version, body.status(), body.notes(), user));
    }
}
