package cn.ipfin.roadshow.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.ipfin.identity.CurrentUser;
import cn.ipfin.roadshow.FinancingMethod;
import cn.ipfin.roadshow.FundingStage;
import cn.ipfin.roadshow.ProjectDetails;
import cn.ipfin.roadshow.ProjectQuery;
import cn.ipfin.roadshow.RoadshowProject;
import cn.ipfin.roadshow.RoadshowService;
import cn.ipfin.roadshow.api.RoadshowViews.PageView;
import cn.ipfin.roadshow.api.RoadshowViews.ProjectView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Roadshow projects for API clients: anyone lists and reads published projects, enterprises manage their own, and
 * the operator publishes or returns submitted ones. Changes carry the version read last; a stale one gets 409.
 */
@RestController
@RequestMapping("/api/v1/roadshow")
class ProjectApiController {

    private final RoadshowService roadshow;

    ProjectApiController(RoadshowService roadshow) {
        this.roadshow = roadshow;
    }

    record ReturnRequest(String reason) {
    }

    @GetMapping("/projects")
    PageView<ProjectView> published(@RequestParam(required = false) String industry,
            @RequestParam(required = false) FundingStage stage, @RequestParam(required = false) FinancingMethod method,
            @RequestParam(required = false) String keyword, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        int pageSize = Math.min(Math.max(size, 1), 100);
        Page<RoadshowProject> found = roadshow.published(new ProjectQuery(industry, stage, method, keyword),
                PageRequest.of(Math.max(page, 0), pageSize, Sort.by(Sort.Direction.DESC, "publishedAt").and(Sort.by("id"))));
        return new PageView<>(found.map(ProjectView::of).getContent(), found.getTotalElements(), found.getNumber(),
                pageSize);
    }

    @GetMapping("/projects/mine")
    @PreAuthorize("hasRole('ENTERPRISE')")
    List<ProjectView> mine(@AuthenticationPrincipal CurrentUser user) {
        return roadshow.ownedBy(user.organizationId()).stream().map(ProjectView::of).toList();
    }

    @GetMapping("/review")
    @PreAuthorize("hasAnyRole('OPERATOR', 'ADMIN')")
    PageView<ProjectView> awaitingReview(@RequestParam(defaultValue = "0") int page) {
        Page<RoadshowProject> found = roadshow.awaitingReview(PageRequest.of(Math.max(page, 0), 50,
                Sort.by("submittedAt", "id")));
        return new PageView<>(found.map(ProjectView::of).getContent(), found.getTotalElements(), found.getNumber(), 50);
    }

    @GetMapping("/projects/{id}")
    ProjectView get(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return ProjectView.of(roadshow.visible(id, user));
    }

    @PostMapping("/projects")
    @PreAuthorize("hasRole('ENTERPRISE')")
    ResponseEntity<ProjectView> create(@RequestBody ProjectDetails details, @AuthenticationPrincipal CurrentUser user) {
        RoadshowProject project = roadshow.create(user.organizationId(), details);
        return ResponseEntity.created(URI.create("/api/v1/roadshow/projects/" + project.getId()))
                .body(ProjectView.of(project));
    }

    @PutMapping("/projects/{id}")
    @PreAuthorize("hasRole('ENTERPRISE')")
    ProjectView revise(@PathVariable Long id, @RequestParam long version, @RequestBody ProjectDetails details,
            @AuthenticationPrincipal CurrentUser user) {
        return ProjectView.of(roadshow.revise(id, version, user.organizationId(), details));
    }

    @PostMapping("/projects/{id}/submit")
    @PreAuthorize("hasRole('ENTERPRISE')")
    ProjectView submit(@PathVariable Long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user) {
        return ProjectView.of(roadshow.submit(id, version, user.organizationId()));
    }

    @PostMapping(path = "/projects/{id}/business-plan", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('ENTERPRISE')")
    ProjectView uploadBusinessPlan(@PathVariable Long id, @RequestPart("file") MultipartFile file,
            @AuthenticationPrincipal CurrentUser user) {
        try {
            return ProjectView.of(roadshow.attachBusinessPlan(id, user.organizationId(), file.getOriginalFilename(),
                    file.getBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the uploaded business plan failed", e);
        }
    }

    @GetMapping("/projects/{id}/business-plan")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> downloadBusinessPlan(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        RoadshowService.BusinessPlan plan = roadshow.businessPlan(id, user);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(plan.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(plan.content());
    }

    @PostMapping("/projects/{id}/publish")
    @PreAuthorize("hasAnyRole('OPERATOR', 'ADMIN')")
    ProjectView publish(@PathVariable Long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user) {
        return ProjectView.of(roadshow.publish(id, version, user.username()));
    }

    @PostMapping("/projects/{id}/return")
    @PreAuthorize("hasAnyRole('OPERATOR', 'ADMIN')")
    ProjectView returnForRevision(@PathVariable Long id, @RequestParam long version, @RequestBody ReturnRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        return ProjectView.of(roadshow.returnForRevision(id, version, user.username(), body.reason()));
    }
}
