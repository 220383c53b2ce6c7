package cn.ipfin.valuation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.ipfin.core.error.NotFoundException;
import cn.ipfin.organization.Organization;
import cn.ipfin.organization.OrganizationService;

/**
 * Issues and verifies signed valuation reports. A report is valid for one year: from the signing date to the
 * day before its first anniversary.
 *
 * <p>The content hash is the SHA-256, in lower-case hex, of the UTF-8 canonical content: report number, issue
 * and expiry dates, requester and evaluator organisation ids, valuation date, weights version, reconciled
 * value, P10, P50, P90, the evaluator's inputs as JSON and the asset snapshot as JSON, separated by newlines.
 * Anyone holding those facts can recompute it, and the verification page compares it with the stored one.
 */
@Component
class ReportSigning {

    private static final DateTimeFormatter NUMBER_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final ValuationReports reports;
    private final ValuationReportPdf pdf;
    private final OrganizationService organizations;
    private final PatentValueWeightSets weightSets;
    private final Clock clock;

    ReportSigning(ValuationReports reports, ValuationReportPdf pdf, OrganizationService organizations,
            PatentValueWeightSets weightSets, Clock clock) {
        this.reports = reports;
        this.pdf = pdf;
        this.organizations = organizations;
        this.weightSets = weightSets;
        this.clock = clock;
    }

    String reportNumber(ValuationAssignment assignment, LocalDate issuedOn) {
        return "PG" + issuedOn.format(NUMBER_DATE) + "-" + String.format(Locale.ROOT, "%06d", assignment.getId());
    }

    ValuationReport issue(ValuationAssignment assignment, String number, Actor reviewer, DraftValuation valuation,
            DraftInput input) {
        LocalDate issuedOn = LocalDate.now(clock);
        LocalDate validUntil = issuedOn.plusYears(1).minusDays(1);
        String hash = sha256(canonicalContent(assignment, number, issuedOn, validUntil));
        ReportContent content = new ReportContent(number, hash, issuedOn, validUntil,
                nameOf(assignment.getRequesterOrganizationId()), nameOf(assignment.getEvaluatorOrganizationId()),
                assignment.getPreparerUsername(), reviewer.username(), assignment.getPurpose(), valuation, input,
                weightSets.version(valuation.weightsVersion()));
        String summary = nameOf(assignment.getEvaluatorOrganizationId()) + "；" + valuation.indices().size() + "；"
                + valuation.reconciledValue() + "；" + valuation.range().p10();
        return reports.save(new ValuationReport(assignment.getId(), content, summary, pdf.write(content),
                clock.instant()));
    }

    /** Returns the report when both the number and the hash match a stored report. */
    @Transactional(readOnly = true)
    public Optional<ValuationReport> verify(String number, String hash) {
        if (number == null || hash == null) {
            return Optional.empty();
        }
        return reports.findByReportNumber(number.strip())
                .filter(report -> report.getContentHash().equalsIgnoreCase(hash.strip()));
    }

    @Transactional(readOnly = true)
    public ValuationReport reportOf(Long assignmentId) {
        return reports.findByAssignmentId(assignmentId).orElseThrow(() -> new NotFoundException(
                "valuation-report.not-found", "valuation.report.notFound", assignmentId));
    }

    @Transactional(readOnly = true)
    public List<SignedReportTotal> totalsByIssueDate(LocalDate from, LocalDate to) {
        return reports.totalsByIssueDate(from, to);
    }

    static String canonicalContent(ValuationAssignment assignment, String number, LocalDate issuedOn,
            LocalDate validUntil) {
        return String.join("\n", number, issuedOn.toString(), validUntil.toString(),
                String.valueOf(assignment.getRequesterOrganizationId()),
                String.valueOf(assignment.getEvaluatorOrganizationId()), String.valueOf(assignment.getValuationDate()),
                String.valueOf(assignment.getWeightsVersion()), String.valueOf(assignment.getReconciledValue()),
                String.valueOf(assignment.getP10()), String.valueOf(assignment.getP50()),
                String.valueOf(assignment.getP90()), assignment.getDraftInput(), assignment.getAssetFacts());
    }

    static String sha256(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private String nameOf(Long organizationId) {
        return organizations.find(organizationId).map(Organization::getName).orElse(String.valueOf(organizationId));
    }
}
