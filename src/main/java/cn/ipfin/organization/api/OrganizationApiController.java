package cn.ipfin.organization.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.NotFoundException;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.organization.Organization;
import cn.ipfin.organization.OrganizationService;
import cn.ipfin.organization.OrganizationService.DirectoryQuery;
import cn.ipfin.organization.OrganizationType;
import cn.ipfin.organization.RegistrationForm;
import cn.ipfin.organization.RegistrationService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Registration, the member directory and the operator's verification, for API clients. */
@RestController
class OrganizationApiController {

    private final RegistrationService registrations;
    private final OrganizationService organizations;

    OrganizationApiController(RegistrationService registrations, OrganizationService organizations) {
        this.registrations = registrations;
        this.organizations = organizations;
    }

    /** The public view of a member; contact data is shown because members publish it in the directory. */
    record MemberView(Long id, OrganizationType type, String name, String creditCode, String district,
            String industry, String contactName, String contactPhone, String introduction, String status,
            Instant reviewedAt, long version) {

        /** Returns the public view, with the phone number masked. */
        static MemberView of(Organization organization) {
            return of(organization, organization.getMaskedContactPhone());
        }

        /** Returns the operator's view with the full phone number, for checking the registration. */
        static MemberView forReview(Organization organization) {
            return of(organization, organization.getContactPhone());
        }

        private static MemberView of(Organization organization, String phone) {
            return new MemberView(organization.getId(), organization.getType(), organization.getName(),
                    organization.getCreditCode(), organization.getDistrictCode(), organization.getIndustryCode(),
                    organization.getContactName(), phone, organization.getIntroduction(),
                    organization.getStatus().name(), organization.getReviewedAt(), organization.getVersion());
        }
    }

    record RegistrationResult(Long id, String name, String creditCode, String status) {
    }

    record PageView<T>(List<T> content, long totalElements, int page, int size) {
    }

    /** An operator's decision: {@code decision} is VERIFY or REJECT, {@code version} the record version read. */
    record ReviewRequest(String decision, String reason, Long version) {
    }

    @PostMapping("/api/v1/organizations/registrations")
    ResponseEntity<RegistrationResult> register(@RequestBody RegistrationForm form) {
        Organization organization = registrations.register(form);
        return ResponseEntity.created(URI.create("/api/v1/organizations/" + organization.getId()))
                .body(new RegistrationResult(organization.getId(), organization.getName(),
                        organization.getCreditCode(), organization.getStatus().name()));
    }

    @GetMapping("/api/v1/organizations")
    PageView<MemberView> directory(@RequestParam(required = false) OrganizationType type,
            @RequestParam(required = false) String district, @RequestParam(required = false) String industry,
            @RequestParam(required = false) String name, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        int pageSize = Math.min(Math.max(size, 1), 100);
        Page<Organization> members = organizations.directory(new DirectoryQuery(type, district, industry, name),
                PageRequest.of(Math.max(page, 0), pageSize, Sort.by("name")));
        return new PageView<>(members.map(MemberView::of).getContent(), members.getTotalElements(),
                members.getNumber(), pageSize);
    }

    /** The signed-in member's own registration, with the reviewer's reason when it was rejected. */
    record OwnRegistrationView(MemberView member, String reviewNote) {
    }

    /** A corrected registration; {@code version} is the record version read, the account fields are ignored. */
    record ResubmissionRequest(RegistrationForm form, Long version) {
    }

    @GetMapping("/api/v1/organizations/mine")
    @PreAuthorize("isAuthenticated()")
    OwnRegistrationView mine(@AuthenticationPrincipal CurrentUser user) {
        Organization organization = own(user);
        return new OwnRegistrationView(MemberView.forReview(organization), organization.getReviewNote());
    }

    @PostMapping("/api/v1/organizations/mine/resubmission")
    @PreAuthorize("isAuthenticated()")
    OwnRegistrationView resubmit(@RequestBody ResubmissionRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        if (request.version() == null) {
            throw InvalidInputException.of("version", "organization.review.versionMissing");
        }
        if (request.form() == null) {
            throw InvalidInputException.of("form", "organization.resubmit.formMissing");
        }
        Organization organization = own(user);
        RegistrationForm form = request.form();
        Organization resubmitted = registrations.resubmit(organization.getId(), request.version(),
                new RegistrationForm(organization.getType().name(), form.name(), form.creditCode(), form.district(),
                        form.industry(), form.contactName(), form.contactPhone(), form.introduction(), null, null));
        return new OwnRegistrationView(MemberView.forReview(resubmitted), resubmitted.getReviewNote());
    }

    @GetMapping("/api/v1/organizations/{id}")
    MemberView member(@PathVariable Long id) {
        return MemberView.of(organizations.getVerified(id));
    }

    private Organization own(CurrentUser user) {
        return organizations.find(user.organizationId()).orElseThrow(() ->
                new NotFoundException("organization.not-found", "organization.notFound", user.organizationId()));
    }

    @GetMapping("/api/v1/operator/organizations/pending")
    PageView<MemberView> pending(@RequestParam(defaultValue = "0") int page) {
        Page<Organization> pending = organizations.pendingRegistrations(
                PageRequest.of(Math.max(page, 0), 50, Sort.by("registeredAt")));
        return new PageView<>(pending.map(MemberView::forReview).getContent(), pending.getTotalElements(),
                pending.getNumber(), 50);
    }

    @PostMapping("/api/v1/operator/organizations/{id}/review")
    MemberView review(@PathVariable Long id, @RequestBody ReviewRequest request,
            @AuthenticationPrincipal CurrentUser operator) {
        if (request.version() == null) {
            throw InvalidInputException.of("version", "organization.review.versionMissing");
        }
        Organization reviewed = switch (request.decision() == null ? "" : request.decision()) {
            case "VERIFY" -> organizations.verify(id, request.version(), operator.username());
            case "REJECT" -> organizations.reject(id, request.version(), operator.username(), request.reason());
            default -> throw InvalidInputException.of("decision", "organization.review.decisionInvalid");
        };
        return MemberView.forReview(reviewed);
    }
}
