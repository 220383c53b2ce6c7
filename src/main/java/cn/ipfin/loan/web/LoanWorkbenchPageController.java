package cn.ipfin.loan.web;

import java.util.Arrays;
import java.util.List;

import cn.ipfin.identity.CurrentUser;
import cn.ipfin.loan.ApplicationState;
import cn.ipfin.loan.LoanWorkbench;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The bank workbench page: counts by state, filters by state and product, and the list oldest first. */
@Controller
@PreAuthorize("hasAnyRole('BANK', 'OPERATOR', 'ADMIN')")
class LoanWorkbenchPageController {

    private final LoanWorkbench workbench;

    LoanWorkbenchPageController(LoanWorkbench workbench) {
        this.workbench = workbench;
    }

    @GetMapping("/loans/workbench")
    String workbench(@RequestParam(required = false) String state, @RequestParam(required = false) Long productId,
            @RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser user, Model model) {
        ApplicationState selected = stateOrNull(state);
        model.addAttribute("view", workbench.view(user, selected, productId, page));
        model.addAttribute("selectedState", selected == null ? "" : selected.name());
        model.addAttribute("selectedProduct", productId);
        model.addAttribute("states", List.of(ApplicationState.values()));
        return "loan/workbench";
    }

    /** Returns the state named by the text, or null for a blank or unknown name, which lists the open states. */
    private static ApplicationState stateOrNull(String text) {
        return Arrays.stream(ApplicationState.values()).filter(value -> value.name().equals(text)).findFirst()
                .orElse(null);
    }
}
