package cn.ipfin.ipasset.api;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.ipasset.ImportJob;
import cn.ipfin.ipasset.ImportService;
import cn.ipfin.ipasset.ImportService.Upload;
import cn.ipfin.ipasset.importer.PatentField;
import cn.ipfin.ipasset.web.ImportReportWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Starts patent list imports and reports their progress and rejected rows to API clients. */
@RestController
class ImportApiController {

    private final ImportService imports;
    private final ImportReportWorkbook reports;
    private final MessageSource messages;
    private final JsonMapper json;

    ImportApiController(ImportService imports, ImportReportWorkbook reports, MessageSource messages, JsonMapper json) {
        this.imports = imports;
        this.reports = reports;
        this.messages = messages;
        this.json = json;
    }

    record Started(UUID jobId) {
    }

    record RowProblem(int row, String column, String message) {
    }

    /**
     * The state of a job. {@code searchIndex} is PENDING from the moment the rows are stored until search finds
     * them, and {@code searchNotice} then contains a message for the user. Both are null for a failed job.
     */
    record JobView(UUID jobId, String fileName, ImportJob.Status status, int total, int processed, int imported,
            int updated, int rejected, int duplicates, String failure, List<RowProblem> errors, Instant storedAt,
            ImportJob.SearchIndex searchIndex, Instant indexedAt, String searchNotice) {
    }

    /**
     * Starts an import of the multipart field {@code file}; the optional {@code mapping} is a JSON object from
     * header text to field name for headers the platform does not recognise.
     */
    @PostMapping("/api/v1/ip-assets/imports")
    ResponseEntity<Started> start(@RequestParam("file") MultipartFile file,
            @RequestParam(name = "mapping", required = false) String mapping,
            @AuthenticationPrincipal CurrentUser user) throws IOException {
        ImportJob job = imports.start(new Upload(file.getOriginalFilename(), file.getBytes()), overrides(mapping),
                user);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Started(job.getId()));
    }

    @GetMapping("/api/v1/import-jobs/{jobId}")
    JobView job(@PathVariable UUID jobId, @AuthenticationPrincipal CurrentUser user, Locale locale) {
        ImportJob job = imports.get(jobId, user);
        List<RowProblem> errors = job.getErrors().stream().map(error -> new RowProblem(error.getRowNumber(),
                error.getColumnName(), messages.getMessage(error.getMessageKey(), error.getArguments(), locale)))
                .toList();
        String failure = job.getFailureKey() == null ? null
                : messages.getMessage(job.getFailureKey(), job.getFailureArguments(), locale);
        return new JobView(job.getId(), job.getFileName(), job.getStatus(), job.getTotal(), job.getProcessed(),
                job.getImported(), job.getUpdated(), job.getRejected(), job.getDuplicates(), failure, errors,
                job.getStoredAt(), job.getSearchIndex(), job.getIndexedAt(), searchNotice(job, locale));
    }

    @GetMapping("/api/v1/import-jobs/{jobId}/report")
    ResponseEntity<byte[]> report(@PathVariable UUID jobId, @AuthenticationPrincipal CurrentUser user,
            Locale locale) {
        ImportJob job = imports.get(jobId, user);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"import-report-" + jobId + ".xlsx\"")
                .header(HttpHeaders.CONTENT_TYPE, ImportReportWorkbook.CONTENT_TYPE)
                .body(reports.write(job, locale));
    }

    private String searchNotice(ImportJob job, Locale locale) {
        if (job.getStatus() != ImportJob.Status.SUCCEEDED || job.getSearchIndex() == null) {
            return null;
        }
        return switch (job.getSearchIndex()) {
            case PENDING -> messages.getMessage("import.job.searchPending", null, locale);
            case FAILED -> messages.getMessage("import.job.searchIndexFailed", null, locale);
            case INDEXED -> null;
        };
    }

    private Map<String, PatentField> overrides(String mapping) {
        if (mapping == null || mapping.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, String> names = json.readValue(mapping, new TypeReference<Map<String, String>>() { });
            Map<String, PatentField> overrides = new LinkedHashMap<>();
            names.forEach((header, field) -> overrides.put(header, PatentField.valueOf(field)));
            return overrides;
        } catch (JacksonException | IllegalArgumentException e) {
            throw InvalidInputException.of("mapping", "import.mapping.invalid");
        }
    }
}
