package cn.ipfin.credit.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import cn.ipfin.credit.QualificationRoute;
import cn.ipfin.credit.TechSmeAssessmentInput;
import cn.ipfin.credit.TechSmeAssessmentRecord;
import cn.ipfin.credit.TechSmeAssessmentService;
import cn.ipfin.identity.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** An enterprise's saved tech-SME assessments: pre-filled inputs, saving a result, and the history. */
@RestController
@RequestMapping("/api/v1/enterprises/{orgId}/tech-sme-assessments")
public class EnterpriseTechSmeController {

    private final TechSmeAssessmentService assessments;
    private final MessageSource messages;

    EnterpriseTechSmeController(TechSmeAssessmentService assessments, MessageSource messages) {
        this.assessments = assessments;
        this.messages = messages;
    }

    /** One saved assessment in a history list. */
    public record HistoryEntry(Long id, Instant assessedAt, String assessedBy, int totalScore, boolean eligible,
            boolean qualified, QualificationRoute route) {
    }

    /** A saved assessment with its full result. */
    public record SavedAssessment(Long id, Instant assessedAt, TechSmeAssessmentResponse result) {
    }

    /** Returns the inputs pre-filled from the latest statements and the IP registry. */
    @GetMapping("/prefill")
    public TechSmeAssessmentInput prefill(@PathVariable Long orgId, @AuthenticationPrincipal CurrentUser user) {
        return assessments.prefill(orgId, user);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public SavedAssessment save(@PathVariable Long orgId, @Valid @RequestBody TechSmeAssessmentRequest request,
            @AuthenticationPrincipal CurrentUser user, Locale locale) {
        TechSmeAssessmentService.Saved saved = assessments.assessAndSave(orgId, request.toInput(), user);
        return new SavedAssessment(saved.record().getId(), saved.record().getAssessedAt(),
                TechSmeAssessmentResponse.from(saved.result(), messages, locale));
    }

    @GetMapping
    public List<HistoryEntry> history(@PathVariable Long orgId, @AuthenticationPrincipal CurrentUser user) {
        return assessments.historyOf(orgId, user).stream().map(EnterpriseTechSmeController::toEntry).toList();
    }

    private static HistoryEntry toEntry(TechSmeAssessmentRecord record) {
        return new HistoryEntry(record.getId(), record.getAssessedAt(), record.getAssessedBy(),
                record.getTotalScore(), record.isEligible(), record.isQualified(), record.getRoute());
    }
}
