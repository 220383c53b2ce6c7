package cn.ipfin.loan.api;

import java.nio.charset.StandardCharsets;

import cn.ipfin.identity.CurrentUser;
import cn.ipfin.loan.LoanDocumentService;
import cn.ipfin.loan.LoanDocumentService.RenderedDocument;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The documents of a pledge loan as PDF for API clients: {@code pledge-contract}, {@code registration-form} and
 * {@code release}. The file name is Chinese, sent as the RFC 6266 {@code filename*} parameter in UTF-8.
 */
@RestController
@PreAuthorize("isAuthenticated()")
class LoanDocumentApiController {

    private final LoanDocumentService documents;

    LoanDocumentApiController(LoanDocumentService documents) {
        this.documents = documents;
    }

    @GetMapping("/api/v1/loan-applications/{id}/documents/{document}")
    ResponseEntity<byte[]> document(@PathVariable Long id, @PathVariable String document,
            @AuthenticationPrincipal CurrentUser user) {
        RenderedDocument rendered = documents.render(id, document, user);
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(rendered.fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString()).body(rendered.content());
    }
}
