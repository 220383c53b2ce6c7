package cn.ipfin.valuation.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.ipfin.valuation.AssignmentEvent;
import cn.ipfin.valuation.ValuationAssignment;
import cn.ipfin.valuation.ValuationReport;

/** An assignment as the API shows it, with its history and, once signed, the report number and hash. */
record AssignmentResponse(Long id, String status, long version, Long requesterOrganizationId,
        Long evaluatorOrganizationId, List<Long> assetIds, String purpose, String fee, String quoteNote,
        String preparer, LocalDate valuationDate, String reconciledValue, String p10, String p50, String p90,
        String pledgeValue, Report report, List<Event> events) {

    /** One recorded transition. */
    record Event(String action, String fromStatus, String toStatus, String actor, String detail, Instant at) {
    }

    /** The signed report's identity. */
    record Report(String number, String contentHash, LocalDate issuedOn, LocalDate validUntil) {
    }

    static AssignmentResponse from(ValuationAssignment a, ValuationReport report) {
        List<Event> events = a.getEvents().stream().map(AssignmentResponse::event).toList();
        Report signed = report == null ? null : new Report(report.getReportNumber(), report.getContentHash(),
                report.getIssuedOn(), report.getValidUntil());
        return new AssignmentResponse(a.getId(), a.getStatus().name(), a.getVersion(), a.getRequesterOrganizationId(),
                a.getEvaluatorOrganizationId(), a.getAssetIds(), a.getPurpose(), text(a.getFee()), a.getQuoteNote(),
                a.getPreparerUsername(), a.getValuationDate(), text(a.getReconciledValue()), text(a.getP10()),
                text(a.getP50()), text(a.getP90()), text(a.getP10()), signed, events);
    }

    private static Event event(AssignmentEvent e) {
        return new Event(e.getAction(), e.getFromStatus() == null ? null : e.getFromStatus().name(),
                e.getToStatus().name(), e.getActorUsername(), e.getDetail(), e.getOccurredAt());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
