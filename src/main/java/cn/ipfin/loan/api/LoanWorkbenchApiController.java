package cn.ipfin.loan.api;

import java.time.LocalDate;
import java.util.List;

import cn.ipfin.core.money.Money;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.loan.ApplicationState;
import cn.ipfin.loan.LoanWorkbench;
import cn.ipfin.loan.LoanWorkbench.Entry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bank workbench for API clients: counts by state and the open applications oldest first, with their age in
 * working days and the first-review deadline. Bank users see their own bank's applications, platform staff all.
 */
@RestController
@PreAuthorize("hasAnyRole('BANK', 'OPERATOR', 'ADMIN')")
class LoanWorkbenchApiController {

    private final LoanWorkbench workbench;

    LoanWorkbenchApiController(LoanWorkbench workbench) {
        this.workbench = workbench;
    }

    record StateCount(String state, long count) {
    }

    record ProductOption(Long id, String name) {
    }

    record EntryView(Long id, Long applicantOrganizationId, String applicantName, Long productId, String productName,
            String state, String amount, int termMonths, LocalDate submittedOn, LocalDate reviewDueOn,
            int ageInWorkingDays, boolean reviewOverdue) {

        static EntryView of(Entry entry) {
            var row = entry.row();
            return new EntryView(row.id(), row.applicantOrganizationId(), entry.applicantName(), row.productId(),
                    entry.productName(), row.state().name(), Money.of(row.amount()).toString(), row.termMonths(),
                    row.submittedOn(), row.reviewDueOn(), entry.ageInWorkingDays(), entry.overdue());
        }
    }

    record WorkbenchView(LocalDate today, List<StateCount> counts, List<ProductOption> products,
            List<EntryView> entries, int page, int totalPages, int totalEntries, long overdue) {
    }

    /** Returns the workbench; without {@code state} it lists the applications that still wait for a bank step. */
    @GetMapping("/api/v1/loan-applications/workbench")
    WorkbenchView workbench(@RequestParam(required = false) ApplicationState state,
            @RequestParam(required = false) Long productId, @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal CurrentUser user) {
        LoanWorkbench.View view = workbench.view(user, state, productId, page);
        return new WorkbenchView(view.today(),
                view.counts().entrySet().stream().map(count -> new StateCount(count.getKey().name(), count.getValue()))
                        .toList(),
                view.products().entrySet().stream().map(product -> new ProductOption(product.getKey(),
                        product.getValue())).toList(),
                view.entries().stream().map(EntryView::of).toList(), view.page(), view.totalPages(),
                view.totalEntries(), view.overdue());
    }
}
