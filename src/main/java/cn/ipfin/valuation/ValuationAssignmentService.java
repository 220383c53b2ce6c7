package cn.ipfin.valuation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import cn.ipfin.core.error.ConflictException;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.NotFoundException;
import cn.ipfin.core.money.Money;
import cn.ipfin.ipasset.IpAsset;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.organization.Organization;
import cn.ipfin.organization.OrganizationService;
import cn.ipfin.organization.OrganizationType;

/**
 * Runs valuation assignments (评估委托) from request to signed report. Only the requester and the evaluator
 * organisation see an assignment (others get 404); each transition is open only to the right side (others get
 * 403); the preparer of a draft cannot review it (409); a stale {@code version} gets 409.
 */
@Service
public class ValuationAssignmentService {

    private static final Logger log = LoggerFactory.getLogger(ValuationAssignmentService.class);

    private final ValuationAssignments assignments;
    private final OrganizationService organizations;
    private final IpAssetService assets;
    private final PatentValueWeightSets weightSets;
    private final ReportSigning signing;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DraftValuationCalculator calculator = new DraftValuationCalculator();

    ValuationAssignmentService(ValuationAssignments assignments, OrganizationService organizations,
            IpAssetService assets, PatentValueWeightSets weightSets, ReportSigning signing, JsonMapper json,
            ApplicationEventPublisher events, Clock clock) {
        this.assignments = assignments;
        this.organizations = organizations;
        this.assets = assets;
        this.weightSets = weightSets;
        this.signing = signing;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates an assignment. An enterprise may name only its own assets; a bank may name any registered asset.
     *
     * @throws InvalidInputException when the evaluator is not a verified evaluator or an asset is unknown or
     *                               not the enterprise's own
     */
    @Transactional
    public ValuationAssignment request(Actor requester, boolean requesterIsBank, Long evaluatorOrganizationId,
            List<Long> assetIds, String purpose) {
        checkRequest(requester, requesterIsBank, evaluatorOrganizationId, assetIds, purpose);
        ValuationAssignment saved = assignments.save(new ValuationAssignment(requester.organizationId(),
                evaluatorOrganizationId, assetIds, purpose.strip(), requester, clock.instant()));
        log.info("Valuation assignment {} requested by organization {} from evaluator {}", saved.getId(),
                requester.organizationId(), evaluatorOrganizationId);
        return saved;
    }

    @Transactional
    public ValuationAssignment quote(Long id, long version, Actor evaluator, Money fee, String note) {
        if (fee == null || !fee.isPositive()) {
            throw InvalidInputException.of("fee", "valuation.assignment.fee.invalid");
        }
        ValuationAssignment assignment = forEvaluator(id, version, evaluator);
        assignment.quote(fee, note, evaluator, clock.instant());
        return assignment;
    }

    @Transactional
    public ValuationAssignment accept(Long id, long version, Actor requester) {
        ValuationAssignment assignment = forRequester(id, version, requester);
        assignment.accept(requester, clock.instant());
        return assignment;
    }

    @Transactional
    public ValuationAssignment decline(Long id, long version, Actor requester, String reason) {
        requireReason(reason);
        ValuationAssignment assignment = forRequester(id, version, requester);
        assignment.decline(requester, reason, clock.instant());
        return assignment;
    }

    /** Values the assets with the engine and submits the draft for review by a second evaluator. */
    @Transactional
    public ValuationAssignment submitDraft(Long id, long version, Actor preparer, DraftInput input) {
        ValuationAssignment assignment = forEvaluator(id, version, preparer);
        if (assignment.getStatus() != AssignmentStatus.ACCEPTED) {
            throw new ConflictException("valuation-assignment.state", "valuation.assignment.illegalTransition",
                    id, assignment.getStatus(), "SUBMIT");
        }
        LocalDate today = LocalDate.now(clock);
        List<AssetFacts> facts = assignment.getAssetIds().stream().map(this::factsOf).toList();
        DraftValuation valuation = calculator.value(input, facts, today, weightSets.current());
        MonteCarloResult range = valuation.range();
        assignment.submitDraft(new DraftRecord(today, valuation.weightsVersion(), json.writeValueAsString(input), json.writeValueAsString(facts),
                valuation.reconciledValue(), range.p10(), range.p50(), range.p90(),
                valuation.reconciledValue() + " P10 " + range.p10()), preparer, clock.instant());
        return assignment;
    }

    @Transactional
    public ValuationAssignment returnDraft(Long id, long version, Actor reviewer, String reason) {
        requireReason(reason);
        ValuationAssignment assignment = forEvaluator(id, version, reviewer);
        assignment.returnDraft(reviewer, reason, clock.instant());
        return assignment;
    }

    /**
     * Approves the draft, which signs it, issues the PDF report valid for one year and publishes
     * {@link AssetsRevalued}.
     */
    @Transactional
    public ValuationAssignment approve(Long id, long version, Actor reviewer) {
        ValuationAssignment assignment = forEvaluator(id, version, reviewer);
        String number = signing.reportNumber(assignment, LocalDate.now(clock));
        assignment.approve(reviewer, number, clock.instant());
        ValuationReport report = signing.issue(assignment, number, reviewer, recompute(assignment),
                draftInputOf(assignment));
        events.publishEvent(new AssetsRevalued(report.getId(), number, assignment.getAssetIds(),
                report.getReconciledValue(), report.getIssuedOn()));
        log.info("Valuation assignment {} signed as report {}", id, number);
        return assignment;
    }

    @Transactional(readOnly = true)
    public ValuationAssignment get(Long id, Actor viewer, boolean platformStaff) {
        ValuationAssignment assignment = assignments.findById(id).orElseThrow(() -> notFound(id));
        if (!platformStaff && !assignment.involves(viewer.organizationId())) {
            throw notFound(id);
        }
        assignment.getEvents();
        return assignment;
    }

    @Transactional(readOnly = true)
    public Page<ValuationAssignment> list(Actor viewer, Pageable pageable) {
        return assignments.findInvolving(viewer.organizationId(), pageable);
    }

    /** Returns the signed report of an assignment the viewer may see. */
    @Transactional(readOnly = true)
    public ValuationReport report(Long id, Actor viewer, boolean platformStaff) {
        get(id, viewer, platformStaff);
        return signing.reportOf(id);
    }

    /** Returns the report when both the number and the hash match; anyone may check a report. */
    public java.util.Optional<ValuationReport> verifyReport(String number, String hash) {
        return signing.verify(number, hash);
    }

    /**
     * Returns, per issue date between {@code from} and {@code to} inclusive, the count and total reconciled value
     * of signed reports, for statistics. It applies no per-user visibility because it returns no single report.
     */
    public List<SignedReportTotal> signedReportTotals(LocalDate from, LocalDate to) {
        return signing.totalsByIssueDate(from, to);
    }

    /** Recomputes the stored draft from its inputs and asset snapshot; the seed makes it identical. */
    @Transactional(readOnly = true)
    public DraftValuation recompute(ValuationAssignment assignment) {
        List<AssetFacts> facts = List.of(json.readValue(assignment.getAssetFacts(), AssetFacts[].class));
        return calculator.value(draftInputOf(assignment), facts, assignment.getValuationDate(),
                weightSets.version(assignment.getWeightsVersion()));
    }

    DraftInput draftInputOf(ValuationAssignment assignment) {
        return json.readValue(assignment.getDraftInput(), DraftInput.class);
    }

    private AssetFacts factsOf(Long assetId) {
        IpAsset asset = assets.get(assetId);
        PatentFacts facts = asset.getKind().isPatent() ? new PatentFacts(asset.getLegalStatus(),
                asset.getExpiryDate(), asset.getClaimsCount(), asset.getFamilySize()) : null;
        return new AssetFacts(asset.getId(), asset.getNumber(), asset.getTitle(), asset.getKind(),
                asset.getFilingDate(), facts);
    }

    private ValuationAssignment forEvaluator(Long id, long version, Actor actor) {
        ValuationAssignment assignment = loadInvolving(id, version, actor);
        if (!actor.evaluator() || !assignment.getEvaluatorOrganizationId().equals(actor.organizationId())) {
            throw new AccessDeniedException("Only the evaluator organisation may do this");
        }
        return assignment;
    }

    private ValuationAssignment forRequester(Long id, long version, Actor actor) {
        ValuationAssignment assignment = loadInvolving(id, version, actor);
        if (!assignment.getRequesterOrganizationId().equals(actor.organizationId())) {
            throw new AccessDeniedException("Only the requester may do this");
        }
        return assignment;
    }

    private ValuationAssignment loadInvolving(Long id, long version, Actor actor) {
        ValuationAssignment assignment = assignments.findById(id).orElseThrow(() -> notFound(id));
        if (!assignment.involves(actor.organizationId())) {
            throw notFound(id);
        }
        if (assignment.getVersion() != version) {
            throw new ConflictException("valuation-assignment.stale", "valuation.assignment.stale", id);
        }
        return assignment;
    }

    private void checkRequest(Actor requester, boolean requesterIsBank, Long evaluatorId, List<Long> assetIds,
            String purpose) {
        List<InvalidInputException.Violation> violations = new java.util.ArrayList<>();
        if (purpose == null || purpose.isBlank() || purpose.length() > 500) {
            violations.add(new InvalidInputException.Violation("purpose", "valuation.assignment.purpose.invalid"));
        }
        Organization evaluator = evaluatorId == null ? null : organizations.find(evaluatorId)
                .filter(Organization::isVerified).orElse(null);
        if (evaluator == null || evaluator.getType() != OrganizationType.EVALUATOR) {
            violations.add(new InvalidInputException.Violation("evaluatorOrganizationId",
                    "valuation.assignment.evaluator.invalid"));
        }
        if (assetIds == null || assetIds.isEmpty() || assetIds.size() > 20
                || assetIds.stream().anyMatch(Objects::isNull) || assetIds.stream().distinct().count() != assetIds.size()) {
            violations.add(new InvalidInputException.Violation("assetIds", "valuation.assignment.assets.size"));
        } else {
            assetIds.forEach(assetId -> checkAsset(assetId, requester, requesterIsBank, violations));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private void checkAsset(Long assetId, Actor requester, boolean requesterIsBank,
            List<InvalidInputException.Violation> violations) {
        try {
            IpAsset asset = assets.get(assetId);
            if (!requesterIsBank && !requester.organizationId().equals(asset.getOwnerOrganizationId())) {
                violations.add(new InvalidInputException.Violation("assetIds", "valuation.assignment.assets.notOwned",
                        asset.getNumber()));
            }
        } catch (NotFoundException e) {
            violations.add(new InvalidInputException.Violation("assetIds", "valuation.assignment.assets.unknown",
                    assetId));
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw InvalidInputException.of("reason", "valuation.assignment.reason.required");
        }
    }

    private static NotFoundException notFound(Long id) {
        return new NotFoundException("valuation-assignment.not-found", "valuation.assignment.notFound", id);
    }
}
