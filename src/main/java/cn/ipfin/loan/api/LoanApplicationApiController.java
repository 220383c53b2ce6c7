package cn.ipfin.loan.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.money.Money;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.ipasset.PledgeCheck;
import cn.ipfin.loan.ApplicationDraft;
import cn.ipfin.loan.ApplicationEvent;
import cn.ipfin.loan.Installment;
import cn.ipfin.loan.LoanApplication;
import cn.ipfin.loan.LoanApplicationService;
import cn.ipfin.loan.RepaymentMethod;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The IP pledge loan workflow for API clients. Every step names the {@code version} of the application it read,
 * so a step taken on a stale copy gets 409 instead of overwriting another user's step.
 */
@RestController
@RequestMapping("/api/v1/loan-applications")
class LoanApplicationApiController {

    private final LoanApplicationService applications;
    private final MessageSource messages;

    LoanApplicationApiController(LoanApplicationService applications, MessageSource messages) {
        this.applications = applications;
        this.messages = messages;
    }

    record ApplyRequest(Long lenderOrganizationId, Long productId, Long guarantorOrganizationId, BigDecimal amount,
            Integer termMonths, BigDecimal annualRate, RepaymentMethod method, String purpose, List<Long> assetIds) {
    }

    record StepRequest(Long version, BigDecimal conservativeValue, BigDecimal pledgeRateCap, String reference,
            Boolean accepted, String note, BigDecimal approvedAmount, BigDecimal approvedRate, String reason,
            String registrationNumber, LocalDate registeredOn, LocalDate disbursedOn) {
    }

    record EventView(String action, String fromState, String toState, String actor, String note, String occurredAt) {

        static EventView of(ApplicationEvent event) {
            return new EventView(event.getAction(), event.getFromState() == null ? null : event.getFromState().name(),
                    event.getToState().name(), event.getActor(), event.getNote(), event.getOccurredAt().toString());
        }
    }

    record CheckView(Long assetId, String ground, String outcome, boolean blocks, String message) {
    }

    record InstallmentView(int period, LocalDate dueDate, String payment, String principal, String interest,
            String balance) {

        static InstallmentView of(Installment installment) {
            return new InstallmentView(installment.period(), installment.dueDate(), installment.payment().toString(),
                    installment.principal().toString(), installment.interest().toString(),
                    installment.balance().toString());
        }
    }

    record ApplicationView(Long id, long version, String state, Long applicantOrganizationId,
            Long lenderOrganizationId, Long productId, Long guarantorOrganizationId, String amount, int termMonths,
            BigDecimal annualRate, String method, String purpose, List<Long> assetIds, String conservativeValue,
            BigDecimal pledgeRateCap, String approvedAmount, BigDecimal approvedRate, String preparedBy,
            String approvedBy, String registrationNumber, LocalDate reviewDueOn, boolean reviewOverdue,
            List<EventView> events) {

        static ApplicationView of(LoanApplication application, LocalDate today) {
            return new ApplicationView(application.getId(), application.getVersion(), application.getState().name(),
                    application.getApplicantOrganizationId(), application.getLenderOrganizationId(),
                    application.getProductId(), application.getGuarantorOrganizationId(),
                    application.getAmount().toString(), application.getTermMonths(), application.getAnnualRate(),
                    application.getMethod().name(), application.getPurpose(), List.copyOf(application.getAssetIds()),
                    text(application.getConservativeValue()), application.getPledgeRateCap(),
                    text(application.getApprovedAmount()), application.getApprovedRate(), application.getPreparedBy(),
                    application.getApprovedBy(), application.getRegistrationNumber(), application.getReviewDueOn(),
                    application.isReviewOverdue(today), application.getEvents().stream().map(EventView::of).toList());
        }

        private static String text(Money money) {
            return money == null ? null : money.toString();
        }
    }

    @PostMapping
    ResponseEntity<ApplicationView> apply(@RequestBody ApplyRequest request, @AuthenticationPrincipal CurrentUser user) {
        ApplicationDraft draft = new ApplicationDraft(request.lenderOrganizationId(), request.productId(),
                request.guarantorOrganizationId(), money("amount", request.amount()),
                request.termMonths() == null ? 0 : request.termMonths(), request.annualRate(), request.method(),
                request.purpose(), request.assetIds());
        LoanApplication application = applications.apply(draft, user);
        return ResponseEntity.created(URI.create("/api/v1/loan-applications/" + application.getId()))
                .body(view(application));
    }

    @GetMapping
    List<ApplicationView> list(@AuthenticationPrincipal CurrentUser user) {
        return applications.list(user).stream().map(this::view).toList();
    }

    @GetMapping("/{id}")
    ApplicationView get(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return view(applications.get(id, user));
    }

    @GetMapping("/{id}/checks")
    List<CheckView> checks(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Locale locale) {
        Map<Long, List<PledgeCheck>> checks = applications.checks(id, user);
        return checks.entrySet().stream().flatMap(entry -> entry.getValue().stream().map(check -> new CheckView(
                entry.getKey(), check.ground().name(), check.outcome().name(), check.blocks(),
                messages.getMessage(check.messageKey(), check.arguments().toArray(), locale)))).toList();
    }

    @GetMapping("/{id}/schedule")
    List<InstallmentView> schedule(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return applications.schedule(id, user).stream().map(InstallmentView::of).toList();
    }

    @PostMapping("/{id}/valuation")
    ApplicationView valuation(@PathVariable Long id, @RequestBody StepRequest step, @AuthenticationPrincipal CurrentUser user) {
        return view(applications.recordValuation(id, version(step), money("conservativeValue", step.conservativeValue()),
                step.pledgeRateCap(), step.reference(), user));
    }

    @PostMapping("/{id}/guarantee")
    ApplicationView guarantee(@PathVariable Long id, @RequestBody StepRequest step, @AuthenticationPrincipal CurrentUser user) {
        if (step.accepted() == null) {
            throw InvalidInputException.of("accepted", "loan.guarantee.decisionMissing");
        }
        return view(applications.decideGuarantee(id, version(step), step.accepted(), step.note(), user));
    }

    @PostMapping("/{id}/preparation")
    ApplicationView prepare(@PathVariable Long id, @RequestBody StepRequest step, @AuthenticationPrincipal CurrentUser user) {
        return view(applications.prepare(id, version(step), money("approvedAmount", step.approvedAmount()),
                step.approvedRate(), step.note(), user));
    }

    @PostMapping("/{id}/approval")
    ApplicationView approve(@PathVariable Long id, @RequestBody StepRequest step, @AuthenticationPrincipal CurrentUser user) {
        return view(applications.approve(id, version(step), step.note(), user));
    }

    @PostMapping("/{id}/rejection")
    ApplicationView reject(@PathVariable Long id, @RequestBody StepRequest step, @AuthenticationPrincipal CurrentUser user) {
        return view(applications.reject(id, version(step), step.reason(), user));
    }

    @PostMapping("/{id}/withdrawal")
    ApplicationView withdraw(@PathVariable Long id, @RequestBody StepRequest step, @AuthenticationPrincipal CurrentUser user) {
        return view(applications.withdraw(id, version(step), step.reason(), user));
    }

    @PostMapping("/{id}/pledge-registration")
    ApplicationView register(@PathVariable Long id, @RequestBody StepRequest step, @AuthenticationPrincipal CurrentUser user) {
        return view(applications.registerPledge(id, version(step), step.registrationNumber(), step.registeredOn(), user));
    }

    @PostMapping("/{id}/disbursement")
    ApplicationView disburse(@PathVariable Long id, @RequestBody StepRequest step, @AuthenticationPrincipal CurrentUser user) {
        return view(applications.disburse(id, version(step), step.disbursedOn(), user));
    }

    private ApplicationView view(LoanApplication application) {
        return ApplicationView.of(application, applications.today());
    }

    private static long version(StepRequest step) {
        if (step.version() == null) {
            throw InvalidInputException.of("version", "loan.version.missing");
        }
        return step.version();
    }

    /** Returns the amount as money, or null when it is missing so that the service names the field. */
    private static Money money(String field, BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw InvalidInputException.of(field, "loan.money.invalid");
        }
        return Money.of(amount);
    }
}
