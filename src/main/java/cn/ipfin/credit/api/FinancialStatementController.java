package cn.ipfin.credit.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import cn.ipfin.credit.FinancialStatement;
import cn.ipfin.credit.FinancialStatementService;
import cn.ipfin.credit.StatementFigures;
import cn.ipfin.credit.StatementWorkbook;
import cn.ipfin.identity.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** An enterprise's financial statements (财务报表): read, write one year, Excel template and upload. */
@RestController
@RequestMapping("/api/v1/enterprises/{orgId}/financial-statements")
public class FinancialStatementController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final FinancialStatementService statements;
    private final MessageSource messages;

    FinancialStatementController(FinancialStatementService statements, MessageSource messages) {
        this.statements = statements;
        this.messages = messages;
    }

    @GetMapping
    public List<FinancialStatementResponse> list(@PathVariable Long orgId, @AuthenticationPrincipal CurrentUser user) {
        return statements.statementsOf(orgId, user).stream().map(FinancialStatementResponse::from).toList();
    }

    @PutMapping("/{year}")
    public FinancialStatementResponse put(@PathVariable Long orgId, @PathVariable int year,
            @RequestBody FinancialStatementRequest request, @AuthenticationPrincipal CurrentUser user) {
        FinancialStatement saved = statements.save(orgId, request.toFigures(year), request.version(), user);
        return FinancialStatementResponse.from(saved);
    }

    /** Returns the Excel template for the last three closed years, pre-filled with stored figures. */
    @GetMapping("/template")
    public ResponseEntity<byte[]> template(@PathVariable Long orgId, @AuthenticationPrincipal CurrentUser user,
            Locale locale) {
        Map<Integer, StatementFigures> stored = statements.statementsOf(orgId, user).stream()
                .collect(Collectors.toMap(FinancialStatement::getFiscalYear, FinancialStatement::figures));
        byte[] workbook = StatementWorkbook.template(statements.reportingYears(), stored,
                key -> messages.getMessage(key, null, locale));
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("financial-statements.xlsx").build().toString())
                .body(workbook);
    }

    /** Stores a filled-in template; answers 400 listing every problem with its cell and stores nothing then. */
    @PostMapping("/upload")
    public List<FinancialStatementResponse> upload(@PathVariable Long orgId, @RequestParam("file") MultipartFile file,
            @AuthenticationPrincipal CurrentUser user) throws IOException {
        try (InputStream input = file.getInputStream()) {
            return statements.saveUpload(orgId, input, user).stream().map(FinancialStatementResponse::from).toList();
        }
    }
}
