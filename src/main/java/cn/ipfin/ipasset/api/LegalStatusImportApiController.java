package cn.ipfin.ipasset.api;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import cn.ipfin.identity.CurrentUser;
import cn.ipfin.ipasset.ImportService.Upload;
import cn.ipfin.ipasset.LegalStatusFeedService;
import cn.ipfin.ipasset.LegalStatusImport;
import cn.ipfin.ipasset.web.ImportReportWorkbook;
import cn.ipfin.ipasset.web.LegalStatusReportWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Imports legal-status feeds for platform staff and returns the result with every row that was not applied. */
@RestController
@PreAuthorize("hasAnyRole('OPERATOR','ADMIN')")
class LegalStatusImportApiController {

    private final LegalStatusFeedService feeds;
    private final LegalStatusReportWorkbook reports;
    private final MessageSource messages;

    LegalStatusImportApiController(LegalStatusFeedService feeds, LegalStatusReportWorkbook reports,
            MessageSource messages) {
        this.feeds = feeds;
        this.reports = reports;
        this.messages = messages;
    }

    record RowProblem(int row, String applicationNumber, String eventDate, String eventText, String reason) {
    }

    record ImportView(UUID id, String fileName, LegalStatusImport.Status status, int total, int applied,
            int unchanged, int rejected, String failure, List<RowProblem> problems) {
    }

    /** Imports the multipart field {@code file}, a CSV or XLSX feed. */
    @PostMapping("/api/v1/operator/legal-status-imports")
    ResponseEntity<ImportView> start(@RequestParam("file") MultipartFile file,
            @AuthenticationPrincipal CurrentUser user, Locale locale) throws IOException {
        LegalStatusImport result = feeds.importFeed(new Upload(file.getOriginalFilename(), file.getBytes()), user);
        return ResponseEntity.status(HttpStatus.CREATED).body(view(result, locale));
    }

    @GetMapping("/api/v1/operator/legal-status-imports/{id}")
    ImportView get(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Locale locale) {
        return view(feeds.get(id, user), locale);
    }

    @GetMapping("/api/v1/operator/legal-status-imports/{id}/report")
    ResponseEntity<byte[]> report(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Locale locale) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"legal-status-report-" + id + ".xlsx\"")
                .header(HttpHeaders.CONTENT_TYPE, ImportReportWorkbook.CONTENT_TYPE)
                .body(reports.write(feeds.get(id, user), locale));
    }

    private ImportView view(LegalStatusImport result, Locale locale) {
        List<RowProblem> problems = result.getProblems().stream().map(problem -> new RowProblem(problem.rowNumber(),
                problem.applicationNumber(), problem.eventDate(), problem.eventText(),
                messages.getMessage(problem.reasonKey(), new Object[] {problem.eventDate()}, locale))).toList();
        String failure = result.getFailureKey() == null ? null
                : messages.getMessage(result.getFailureKey(), new Object[] {result.getFailureArgument()}, locale);
        return new ImportView(result.getId(), result.getFileName(), result.getStatus(), result.getTotal(),
                result.getApplied(), result.getUnchanged(), result.getRejected(), failure, problems);
    }
}
