package cn.ipfin.risk.api;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.risk.AbnormalOperationService;
import cn.ipfin.risk.Alert;
import cn.ipfin.risk.AlertService;
import cn.ipfin.risk.AlertState;
import cn.ipfin.risk.AnnualFeePayment;
import cn.ipfin.risk.AnnualFeeService;
import cn.ipfin.risk.RiskRule;
import cn.ipfin.risk.RiskSweep;
import cn.ipfin.risk.RuleService;
import cn.ipfin.risk.Severity;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Risk monitoring for systems: alerts of the caller's organisation with their lifecycle, the rules (changed by
 * platform staff), the monitoring sweep, annual fees and the abnormal-operation list.
 */
@RestController
@PreAuthorize("isAuthenticated()")
class RiskApiController {

    private static final int MAX_PAGE_SIZE = 100;

    private final AlertService alerts;
    private final RuleService rules;
    private final RiskSweep sweep;
    private final AnnualFeeService fees;
    private final AbnormalOperationService abnormalList;
    private final MessageSource messages;

    RiskApiController(AlertService alerts, RuleService rules, RiskSweep sweep, AnnualFeeService fees,
            AbnormalOperationService abnormalList, MessageSource messages) {
        this.alerts = alerts;
        this.rules = rules;
        this.sweep = sweep;
        this.fees = fees;
        this.abnormalList = abnormalList;
        this.messages = messages;
    }

    record CommentView(String author, Alert.CommentAction action, String body, Instant createdAt) {
    }

    record AlertView(Long id, String rule, Severity severity, AlertState state, String message, String subjectKey,
            Long assetId, Long loanId, Long enterpriseId, Instant raisedAt, String acknowledgedBy,
            String resolvedBy, long version, List<CommentView> comments) {
    }

    record AlertPage(List<AlertView> content, long totalElements, int page, int totalPages) {
    }

    record StepRequest(Long version, String comment) {
    }

    record RuleView(String code, String name, boolean enabled, Severity severity, BigDecimal threshold,
            boolean hasThreshold, long version) {
    }

    record PaymentRequest(Long assetId, Integer feeYear, LocalDate paidOn) {
    }

    record FeeView(Long assetId, String number, String title, String relation, int feeYear, LocalDate dueDate,
            LocalDate lateWindowEnd, String stage, String fee, String surchargeRate, String surcharge, String total) {
    }

    record PaymentView(Long id, Long assetId, int feeYear, LocalDate dueDate, LocalDate paidOn, String fee,
            String surcharge) {
    }

    @GetMapping("/api/v1/risk/alerts")
    AlertPage list(@RequestParam(required = false) Severity severity, @RequestParam(required = false) AlertState state,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @AuthenticationPrincipal CurrentUser user, Locale locale) {
        PageRequest request = PageRequest.of(Math.max(0, page), Math.min(MAX_PAGE_SIZE, Math.max(1, size)),
                Sort.by(Sort.Direction.DESC, "raisedAt"));
        Page<Alert> found = alerts.list(user, severity, state, request);
        return new AlertPage(found.map(alert -> view(alert, List.of(), locale)).getContent(), found.getTotalElements(),
                found.getNumber(), found.getTotalPages());
    }

    @GetMapping("/api/v1/risk/alerts/{id}")
    AlertView get(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Locale locale) {
        return view(alerts.get(id, user), locale);
    }

    @PostMapping("/api/v1/risk/alerts/{id}/acknowledgement")
    AlertView acknowledge(@PathVariable Long id, @RequestBody StepRequest request,
            @AuthenticationPrincipal CurrentUser user, Locale locale) {
        return view(alerts.acknowledge(id, version(request), request.comment(), user), locale);
    }

    @PostMapping("/api/v1/risk/alerts/{id}/resolution")
    AlertView resolve(@PathVariable Long id, @RequestBody StepRequest request,
            @AuthenticationPrincipal CurrentUser user, Locale locale) {
        return view(alerts.resolve(id, version(request), request.comment(), user), locale);
    }

    @PostMapping("/api/v1/risk/alerts/{id}/comments")
    AlertView comment(@PathVariable Long id, @RequestBody StepRequest request,
            @AuthenticationPrincipal CurrentUser user, Locale locale) {
        return view(alerts.comment(id, request.comment(), user), locale);
    }

    @GetMapping("/api/v1/risk/rules")
    List<RuleView> rules(Locale locale) {
        return rules.all().stream().map(rule -> view(rule, locale)).toList();
    }

    @PutMapping("/api/v1/risk/rules/{code}")
    @PreAuthorize("hasAnyRole('OPERATOR','ADMIN')")
    RuleView changeRule(@PathVariable String code, @RequestBody RuleService.Change change,
            @AuthenticationPrincipal CurrentUser user, Locale locale) {
        return view(rules.change(code, change, user), locale);
    }

    @PostMapping("/api/v1/risk/sweeps")
    @PreAuthorize("hasAnyRole('OPERATOR','ADMIN')")
    RiskSweep.Result runSweep(@AuthenticationPrincipal CurrentUser user) {
        return sweep.runNow(user);
    }

    @GetMapping("/api/v1/risk/annual-fees")
    List<FeeView> annualFees(@AuthenticationPrincipal CurrentUser user) {
        return fees.upcoming(user, fees.today()).stream().map(fee -> new FeeView(fee.asset().getId(),
                fee.asset().getNumber(), fee.asset().getTitle(), fee.relation().name(), fee.quote().feeYear(),
                fee.quote().dueDate(), fee.quote().lateWindowEnd(), fee.quote().stage().name(),
                fee.quote().fee().toString(), fee.quote().surchargeRate().toPlainString(),
                fee.quote().surcharge().toString(), fee.quote().total().toString())).toList();
    }

    @PostMapping("/api/v1/risk/annual-fees/payments")
    @ResponseStatus(HttpStatus.CREATED)
    PaymentView recordPayment(@RequestBody PaymentRequest request, @AuthenticationPrincipal CurrentUser user) {
        if (request.assetId() == null) {
            throw InvalidInputException.of("assetId", "risk.fee.asset.missing");
        }
        AnnualFeePayment payment = fees.recordPayment(request.assetId(), request.feeYear(), request.paidOn(), user);
        return new PaymentView(payment.getId(), payment.getAssetId(), payment.getFeeYear(), payment.getDueDate(),
                payment.getPaidOn(), payment.getFee().toString(), payment.getSurcharge().toString());
    }

    @PostMapping("/api/v1/risk/abnormal-operations")
    @PreAuthorize("hasAnyRole('OPERATOR','ADMIN')")
    AbnormalOperationService.ImportResult importAbnormalList(@RequestParam("file") MultipartFile file,
            @AuthenticationPrincipal CurrentUser user) throws IOException {
        return abnormalList.importCsv(file.getBytes(), user);
    }

    private static long version(StepRequest request) {
        if (request.version() == null) {
            throw InvalidInputException.of("version", "risk.alert.version.missing");
        }
        return request.version();
    }

    private AlertView view(Alert alert, Locale locale) {
        return view(alert, alert.getComments().stream().map(comment -> new CommentView(comment.author(),
                comment.action(), comment.body(), comment.createdAt())).toList(), locale);
    }

    /** Returns the view of an alert; lists pass no comments, which are loaded only for a single alert. */
    private AlertView view(Alert alert, List<CommentView> comments, Locale locale) {
        return new AlertView(alert.getId(), alert.getRule().name(), alert.getSeverity(), alert.getState(),
                messages.getMessage(alert.getMessageKey(), alert.getMessageArguments(), locale), alert.getSubjectKey(),
                alert.getAssetId(), alert.getLoanId(), alert.getEnterpriseId(), alert.getRaisedAt(),
                alert.getAcknowledgedBy(), alert.getResolvedBy(), alert.getVersion(), comments);
    }

    private RuleView view(RiskRule rule, Locale locale) {
        return new RuleView(rule.getCode().name(), messages.getMessage(rule.getCode().messageKey(), null, locale),
                rule.isEnabled(), rule.getSeverity(), rule.getThreshold(), rule.getCode().hasThreshold(),
                rule.getVersion());
    }
}
