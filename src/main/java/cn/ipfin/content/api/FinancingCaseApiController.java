package cn.ipfin.content.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;

import cn.ipfin.content.FinancingCase;
import cn.ipfin.content.FinancingCaseDetails;
import cn.ipfin.content.FinancingCaseService;
import cn.ipfin.content.FinancingCaseStatus;
import cn.ipfin.content.api.ArticleViews.PageView;
import cn.ipfin.identity.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Financing cases: published ones for anyone, and management by platform staff under {@code /operator}. */
@RestController
class FinancingCaseApiController {

    private static final String STAFF = "hasAnyRole('OPERATOR', 'ADMIN')";

    private final FinancingCaseService cases;

    FinancingCaseApiController(FinancingCaseService cases) {
        this.cases = cases;
    }

    record CaseView(Long id, String title, String enterprise, String industry, BigDecimal amount, int termMonths,
            String ipDescription, String modelCode, String lender, String outcome, FinancingCaseStatus status,
            Instant publishedAt, long version) {

        static CaseView of(FinancingCase c) {
            return new CaseView(c.getId(), c.getTitle(), c.getEnterprise(), c.getIndustry(), c.getAmount().amount(),
                    c.getTermMonths(), c.getIpDescription(), c.getModelCode(), c.getLender(), c.getOutcome(),
                    c.getStatus(), c.getPublishedAt(), c.getVersion());
        }
    }

    @GetMapping("/api/v1/financing-cases")
    @PreAuthorize("permitAll()")
    PageView<CaseView> published(@RequestParam(defaultValue = "0") int page) {
        Page<FinancingCase> found = cases.published(PageRequest.of(Math.max(page, 0), 20,
                Sort.by(Sort.Direction.DESC, "publishedAt")));
        return new PageView<>(found.map(CaseView::of).getContent(), found.getTotalElements(), found.getNumber(), 20);
    }

    @GetMapping("/api/v1/financing-cases/{id}")
    @PreAuthorize("permitAll()")
    CaseView get(@PathVariable Long id) {
        return CaseView.of(cases.getPublished(id));
    }

    @GetMapping("/api/v1/operator/financing-cases")
    @PreAuthorize(STAFF)
    PageView<CaseView> all(@RequestParam(defaultValue = "0") int page) {
        Page<FinancingCase> found = cases.all(PageRequest.of(Math.max(page, 0), 50,
                Sort.by(Sort.Direction.DESC, "updatedAt")));
        return new PageView<>(found.map(CaseView::of).getContent(), found.getTotalElements(), found.getNumber(), 50);
    }

    @PostMapping("/api/v1/operator/financing-cases")
    @PreAuthorize(STAFF)
    ResponseEntity<CaseView> create(@RequestBody FinancingCaseDetails details,
            @AuthenticationPrincipal CurrentUser user) {
        FinancingCase created = cases.create(details, user.username());
        return ResponseEntity.created(URI.create("/api/v1/operator/financing-cases/" + created.getId()))
                .body(CaseView.of(created));
    }

    @PutMapping("/api/v1/operator/financing-cases/{id}")
    @PreAuthorize(STAFF)
    CaseView revise(@PathVariable Long id, @RequestParam long version, @RequestBody FinancingCaseDetails details) {
        return CaseView.of(cases.revise(id, version, details));
    }

    @PostMapping("/api/v1/operator/financing-cases/{id}/publish")
    @PreAuthorize(STAFF)
    CaseView publish(@PathVariable Long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user) {
        return CaseView.of(cases.publish(id, version, user.username()));
    }

    @PostMapping("/api/v1/operator/financing-cases/{id}/withdraw")
    @PreAuthorize(STAFF)
    CaseView withdraw(@PathVariable Long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user) {
        return CaseView.of(cases.withdraw(id, version, user.username()));
    }
}
