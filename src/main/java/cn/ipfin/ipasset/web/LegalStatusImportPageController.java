package cn.ipfin.ipasset.web;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.ipasset.ImportService.Upload;
import cn.ipfin.ipasset.LegalStatusFeedService;
import cn.ipfin.ipasset.LegalStatusImport;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The operator's legal-status feed pages: upload with the recent imports, the result and its Excel report. */
@Controller
@PreAuthorize("hasAnyRole('OPERATOR','ADMIN')")
class LegalStatusImportPageController {

    private final LegalStatusFeedService feeds;
    private final LegalStatusReportWorkbook reports;
    private final MessageSource messages;

    LegalStatusImportPageController(LegalStatusFeedService feeds, LegalStatusReportWorkbook reports,
            MessageSource messages) {
        this.feeds = feeds;
        this.reports = reports;
        this.messages = messages;
    }

    @GetMapping("/operator/legal-status-imports")
    String uploadForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("recent", feeds.recent(user));
        return "ipasset/legal-status-imports";
    }

    @PostMapping("/operator/legal-status-imports")
    String upload(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal CurrentUser user, Model model,
            Locale locale) throws IOException {
        try {
            LegalStatusImport result = feeds.importFeed(new Upload(file.getOriginalFilename(), file.getBytes()), user);
            return "redirect:/operator/legal-status-imports/" + result.getId();
        } catch (InvalidInputException e) {
            var violation = e.violations().get(0);
            model.addAttribute("problem", messages.getMessage(violation.messageKey(), violation.arguments(), locale));
            model.addAttribute("recent", feeds.recent(user));
            return "ipasset/legal-status-imports";
        }
    }

    @GetMapping("/operator/legal-status-imports/{id}")
    String result(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("feedImport", feeds.get(id, user));
        return "ipasset/legal-status-import";
    }

    @GetMapping("/operator/legal-status-imports/{id}/report.xlsx")
    ResponseEntity<byte[]> report(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Locale locale) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"legal-status-report-" + id + ".xlsx\"")
                .header(HttpHeaders.CONTENT_TYPE, ImportReportWorkbook.CONTENT_TYPE)
                .body(reports.write(feeds.get(id, user), locale));
    }
}
