package cn.ipfin.roadshow;

import java.time.Clock;
import java.util.List;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.NotFoundException;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.identity.Role;
import cn.ipfin.ipasset.IpAsset;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.organization.Organization;
import cn.ipfin.organization.OrganizationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the roadshow projects. An enterprise drafts, revises and submits its own projects and attaches a
 * business plan; the operator publishes or returns them; anyone reads published ones. A project that the caller
 * may not see is reported as missing (404), and a visible project of another organisation that the caller tries
 * to change is refused (403).
 */
@Service
public class RoadshowService {

    private static final Logger log = LoggerFactory.getLogger(RoadshowService.class);

    private final RoadshowProjects projects;
    private final OrganizationService organizations;
    private final IpAssetService ipAssets;
    private final BusinessPlanStore plans;
    private final Clock clock;
    private final ProjectDetailsValidator validator = new ProjectDetailsValidator();

    RoadshowService(RoadshowProjects projects, OrganizationService organizations, IpAssetService ipAssets,
            BusinessPlanStore plans, Clock clock) {
        this.projects = projects;
        this.organizations = organizations;
        this.ipAssets = ipAssets;
        this.plans = plans;
        this.clock = clock;
    }

    /** Creates a draft project of the enterprise, which must be verified. */
    @Transactional
    public RoadshowProject create(Long organizationId, ProjectDetails details) {
        Organization owner = organizations.getVerified(organizationId);
        check(details, organizationId);
        RoadshowProject project = projects.save(new RoadshowProject(owner.getId(), owner.getName(), details,
                clock.instant()));
        log.info("Roadshow project {} created by organization {}", project.getId(), organizationId);
        return project;
    }

    @Transactional
    public RoadshowProject revise(Long id, long expectedVersion, Long organizationId, ProjectDetails details) {
        RoadshowProject project = owned(id, expectedVersion, organizationId);
        check(details, organizationId);
        project.revise(details, clock.instant());
        projects.flush();
        return project;
    }

    /** Stores a PDF business plan for the project, replacing an earlier one. */
    @Transactional
    public RoadshowProject attachBusinessPlan(Long id, Long organizationId, String fileName, byte[] content) {
        RoadshowProject project = owned(id, null, organizationId);
        BusinessPlanCheck.problem(content).ifPresent(key -> {
            log.warn("Rejected business plan for project {}: {}", id, key);
            throw InvalidInputException.of("file", key, BusinessPlanCheck.MAX_BYTES / (1024 * 1024));
        });
        String previous = project.getBusinessPlanFile();
        String stored = plans.save(content);
        project.attachBusinessPlan(displayName(fileName), stored, content.length, clock.instant());
        projects.flush();
        if (previous != null) {
            plans.delete(previous);
        }
        return project;
    }

    /**
     * Returns the business plan of a project to its enterprise, the platform staff, or a signed-in investor when
     * the project is published.
     */
    @Transactional(readOnly = true)
    public BusinessPlan businessPlan(Long id, CurrentUser viewer) {
        RoadshowProject project = visible(id, viewer);
        boolean allowed = viewer != null && (project.isOwnedBy(viewer.organizationId()) || viewer.isPlatformStaff()
                || project.isPublished() && viewer.hasRole(Role.INVESTOR));
        if (!allowed) {
            throw new AccessDeniedException("Business plan of project " + id + " is for investors only");
        }
        if (!project.hasBusinessPlan()) {
            throw new NotFoundException("roadshow.plan.not-found", "roadshow.plan.notFound", String.valueOf(id));
        }
        return new BusinessPlan(project.getBusinessPlanName(), plans.load(project.getBusinessPlanFile()));
    }

    /** A stored business plan with the name it was uploaded under. */
    public record BusinessPlan(String fileName, byte[] content) {
    }

    @Transactional
    public RoadshowProject submit(Long id, long expectedVersion, Long organizationId) {
        RoadshowProject project = owned(id, expectedVersion, organizationId);
        project.submit(clock.instant());
        projects.flush();
        log.info("Roadshow project {} submitted for review", id);
        return project;
    }

    @Transactional
    public RoadshowProject publish(Long id, long expectedVersion, String reviewer) {
        RoadshowProject project = current(id, expectedVersion);
        project.publish(reviewer, clock.instant());
        projects.flush();
        log.info("Roadshow project {} published by {}", id, reviewer);
        return project;
    }

    @Transactional
    public RoadshowProject returnForRevision(Long id, long expectedVersion, String reviewer, String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "roadshow.review.reasonRequired");
        }
        RoadshowProject project = current(id, expectedVersion);
        project.returnForRevision(reviewer, reason.strip(), clock.instant());
        projects.flush();
        log.info("Roadshow project {} returned by {}", id, reviewer);
        return project;
    }

    /** Returns a project the viewer may see: a published one, its own enterprise's, or any for platform staff. */
    @Transactional(readOnly = true)
    public RoadshowProject visible(Long id, CurrentUser viewer) {
        RoadshowProject project = projects.findById(id).orElseThrow(() -> notFound(id));
        boolean visible = project.isPublished() || viewer != null
                && (project.isOwnedBy(viewer.organizationId()) || viewer.isPlatformStaff());
        if (!visible) {
            throw notFound(id);
        }
        return project;
    }

    @Transactional(readOnly = true)
    public Page<RoadshowProject> published(ProjectQuery query, Pageable pageable) {
        return projects.findAll(query.toSpecification(), pageable);
    }

    @Transactional(readOnly = true)
    public List<RoadshowProject> allPublished() {
        return projects.findByStatus(ProjectStatus.PUBLISHED);
    }

    @Transactional(readOnly = true)
    public List<RoadshowProject> ownedBy(Long organizationId) {
        return projects.findByOrganizationIdOrderByUpdatedAtDesc(organizationId);
    }

    @Transactional(readOnly = true)
    public boolean anyOwnedBy(Long organizationId) {
        return projects.existsByOrganizationId(organizationId);
    }

    @Transactional(readOnly = true)
    public Page<RoadshowProject> awaitingReview(Pageable pageable) {
        return projects.findByStatus(ProjectStatus.SUBMITTED, pageable);
    }

    /** Returns the linked IP assets of a project in the registry, in the order they were linked. */
    @Transactional(readOnly = true)
    public List<IpAsset> linkedAssets(RoadshowProject project) {
        return project.getIpAssetIds().stream().map(ipAssets::get).toList();
    }

    private void check(ProjectDetails details, Long organizationId) {
        validator.validate(details);
        for (Long assetId : details.ipAssetIds()) {
            IpAsset asset;
            try {
                asset = ipAssets.get(assetId);
            } catch (NotFoundException e) {
                throw InvalidInputException.of("ipAssetIds", "roadshow.ip.unknown", String.valueOf(assetId));
            }
            if (!organizationId.equals(asset.getOwnerOrganizationId())) {
                throw InvalidInputException.of("ipAssetIds", "roadshow.ip.notOwned", asset.getNumber());
            }
        }
    }

    RoadshowProject owned(Long id, Long expectedVersion, Long organizationId) {
        RoadshowProject project = projects.findById(id).orElseThrow(() -> notFound(id));
        if (!project.isOwnedBy(organizationId)) {
            if (!project.isPublished()) {
                throw notFound(id);
            }
            throw new AccessDeniedException("Roadshow project " + id + " belongs to another organization");
        }
        if (expectedVersion != null && project.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(RoadshowProject.class, id);
        }
        return project;
    }

    private RoadshowProject current(Long id, long expectedVersion) {
        RoadshowProject project = projects.findById(id).orElseThrow(() -> notFound(id));
        if (project.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(RoadshowProject.class, id);
        }
        return project;
    }

    private static String displayName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "business-plan.pdf";
        }
        String name = fileName.replaceAll("^.*[/\\\\]", "").strip();
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    static NotFoundException notFound(Long id) {
        return new NotFoundException("roadshow.project.not-found", "roadshow.project.notFound", String.valueOf(id));
    }
}
