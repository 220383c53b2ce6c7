package cn.ipfin.loan.web;

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
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Downloads of the loan documents linked from the application page, with their Chinese file names. */
@Controller
@PreAuthorize("isAuthenticated()")
class LoanDocumentPageController {

    private final LoanDocumentService documents;

    LoanDocumentPageController(LoanDocumentService documents) {
        this.documents = documents;
    }

    @GetMapping("/loans/{id}/documents/{document}")
    ResponseEntity<byte[]> document(@PathVariable Long id, @PathVariable String document,
            @AuthenticationPrincipal CurrentUser user) {
        RenderedDocument rendered = documents.render(id, document, user);
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(rendered.fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString()).body(rendered.content());
    }
}
