package cn.ipfin.loan.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import cn.ipfin.core.error.ConflictException;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.money.Money;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.loan.EarlyRepaymentOption;
import cn.ipfin.loan.EarlyRepaymentRequest;
import cn.ipfin.loan.LoanServicing;
import cn.ipfin.loan.LoanServicingService;
import cn.ipfin.loan.Repayment;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Servicing of a disbursed loan for API clients: repayments, the position on a day and early repayments. Everyone
 * involved in the loan may read; only a bank user of the lender may record, naming the account {@code version}
 * it read, so a repayment entered on a stale copy gets 409.
 */
@RestController
@RequestMapping("/api/v1/loan-applications/{id}")
@PreAuthorize("isAuthenticated()")
class LoanServicingApiController {

    private final LoanServicingService servicing;

    LoanServicingApiController(LoanServicingService servicing) {
        this.servicing = servicing;
    }

    record RepaymentBody(Long version, BigDecimal amount, LocalDate valueDate) {
    }

    record EarlyRepaymentBody(Long version, LocalDate valueDate, Boolean full, BigDecimal principal,
            EarlyRepaymentOption option) {

        EarlyRepaymentRequest request() {
            return new EarlyRepaymentRequest(valueDate, full, ServicingViews.money("principal", principal), option);
        }
    }

    @PostMapping("/repayments")
    ResponseEntity<ServicingViews.RepaymentView> record(@PathVariable Long id, @RequestBody RepaymentBody body,
            @AuthenticationPrincipal CurrentUser user) {
        Money amount = ServicingViews.money("amount", body.amount());
        Repayment repayment = servicing.recordRepayment(id, version(body.version()), amount, body.valueDate(), user);
        return created(id, repayment);
    }

    @GetMapping("/repayments")
    List<ServicingViews.RepaymentView> repayments(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return loan(id, servicing.today(), user).repayments().stream().map(ServicingViews.RepaymentView::of).toList();
    }

    @GetMapping("/position")
    ServicingViews.PositionView position(@PathVariable Long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @AuthenticationPrincipal CurrentUser user) {
        LoanServicing loan = loan(id, asOf == null ? servicing.today() : asOf, user);
        return ServicingViews.PositionView.of(loan);
    }

    @PostMapping("/early-repayment-quotes")
    ServicingViews.QuoteView quote(@PathVariable Long id, @RequestBody EarlyRepaymentBody body,
            @AuthenticationPrincipal CurrentUser user) {
        return ServicingViews.QuoteView.of(servicing.quote(id, body.request(), user));
    }

    @PostMapping("/early-repayments")
    ResponseEntity<ServicingViews.RepaymentView> repayEarly(@PathVariable Long id, @RequestBody EarlyRepaymentBody body,
            @AuthenticationPrincipal CurrentUser user) {
        return created(id, servicing.repayEarly(id, version(body.version()), body.request(), user));
    }

    private LoanServicing loan(Long id, LocalDate asOf, CurrentUser user) {
        return servicing.servicing(id, asOf, user).orElseThrow(() -> new ConflictException(
                "loan.servicing.not-disbursed", "loan.servicing.notDisbursedYet"));
    }

    private static ResponseEntity<ServicingViews.RepaymentView> created(Long id, Repayment repayment) {
        return ResponseEntity.created(URI.create("/api/v1/loan-applications/" + id + "/repayments"))
                .body(ServicingViews.RepaymentView.of(repayment));
    }

    private static long version(Long version) {
        if (version == null) {
            throw InvalidInputException.of("version", "loan.version.missing");
        }
        return version;
    }
}
