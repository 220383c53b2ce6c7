package cn.ipfin.ipasset.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.ipasset.ImportJob;
import cn.ipfin.ipasset.ImportService;
import cn.ipfin.ipasset.ImportService.Upload;
import cn.ipfin.ipasset.importer.ImportProblem;
import cn.ipfin.ipasset.importer.PatentField;
import cn.ipfin.ipasset.importer.PatentListReadResult;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import pages: upload, the column mapping step for unknown headers, the job page with its progress bar
 * and the downloadable report of rejected rows.
 */
@Controller
class ImportPageController {

    private final ImportService imports;
    private final StagedUploads staged;
    private final ImportReportWorkbook reports;
    private final MessageSource messages;

    ImportPageController(ImportService imports, StagedUploads staged, ImportReportWorkbook reports,
            MessageSource messages) {
        this.imports = imports;
        this.staged = staged;
        this.reports = reports;
        this.messages = messages;
    }

    @GetMapping("/ip-assets/imports/new")
    String uploadForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        imports.requireImportRights(user);
        model.addAttribute("recent", imports.recent(user));
        return "ipasset/import-upload";
    }

    @PostMapping("/ip-assets/imports")
    String upload(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal CurrentUser user, Model model,
            Locale locale) throws IOException {
        imports.requireImportRights(user);
        Upload upload = new Upload(file.getOriginalFilename(), file.getBytes());
        try {
            PatentListReadResult inspection = imports.inspect(upload, Map.of());
            if (inspection.failed() && inspection.fileError().problem() == ImportProblem.HEADER_MISSING_REQUIRED) {
                return showMapping(model, staged.save(upload, user.username()), inspection);
            }
        } catch (InvalidInputException e) {
            var violation = e.violations().get(0);
            model.addAttribute("problem", messages.getMessage(violation.messageKey(), violation.arguments(), locale));
            model.addAttribute("recent", imports.recent(user));
            return "ipasset/import-upload";
        }
        return "redirect:/ip-assets/imports/" + imports.start(upload, Map.of(), user).getId();
    }

    @PostMapping("/ip-assets/imports/mapping")
    String applyMapping(@RequestParam String token, @RequestParam Map<String, String> parameters,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        Upload upload = staged.load(token, user.username());
        Map<String, PatentField> overrides = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (name.startsWith("column:") && !value.isBlank()) {
                overrides.put(name.substring("column:".length()), PatentField.valueOf(value));
            }
        });
        PatentListReadResult inspection = imports.inspect(upload, overrides);
        if (inspection.failed() && inspection.fileError().problem() == ImportProblem.HEADER_MISSING_REQUIRED) {
            return showMapping(model, token, inspection);
        }
        ImportJob job = imports.start(upload, overrides, user);
        staged.delete(token);
        return "redirect:/ip-assets/imports/" + job.getId();
    }

    @GetMapping("/ip-assets/imports/{id}")
    String job(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("job", imports.get(id, user));
        return "ipasset/import-job";
    }

    @GetMapping("/ip-assets/imports/{id}/progress")
    String progress(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("job", imports.get(id, user));
        return "ipasset/import-job :: progress";
    }

    @GetMapping("/ip-assets/imports/{id}/report.xlsx")
    ResponseEntity<byte[]> report(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Locale locale) {
        ImportJob job = imports.get(id, user);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"import-report-" + id + ".xlsx\"")
                .header(HttpHeaders.CONTENT_TYPE, ImportReportWorkbook.CONTENT_TYPE)
                .body(reports.write(job, locale));
    }

    private String showMapping(Model model, String token, PatentListReadResult inspection) {
        model.addAttribute("token", token);
        model.addAttribute("inspection", inspection);
        model.addAttribute("fields", PatentField.values());
        return "ipasset/import-mapping";
    }
}
