package cn.ipfin.content.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.ipfin.content.ComparisonRequest;
import cn.ipfin.content.FinancingComparisonService;
import cn.ipfin.content.ModelComparison;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.ipasset.IpKind;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public comparison of financing models: an enterprise enters amount, term, IP type and value. The page
 * shows the cost to it and each party's share of a loss under every model.
 */
@Controller
class FinancingComparisonPageController {

    private final FinancingComparisonService comparison;
    private final MessageSource messages;

    FinancingComparisonPageController(FinancingComparisonService comparison, MessageSource messages) {
        this.comparison = comparison;
        this.messages = messages;
    }

    @GetMapping("/financing-models/compare")
    String compare(@RequestParam(required = false) String amount, @RequestParam(required = false) String termMonths,
            @RequestParam(required = false) String ipKind, @RequestParam(required = false) String ipValue,
            Model model, Locale locale) {
        model.addAttribute("form", Map.of("amount", text(amount), "termMonths", text(termMonths),
                "ipKind", text(ipKind), "ipValue", text(ipValue)));
        model.addAttribute("kinds", IpKind.values());
        model.addAttribute("locale", locale);
        model.addAttribute("errors", Map.of());
        if (amount != null || termMonths != null) {
            try {
                List<ModelComparison> rows = comparison.compare(new ComparisonRequest(
                        FinancingCaseForm.decimal(amount), FinancingCaseForm.integer(termMonths), kind(ipKind),
                        ipValue(ipValue)));
                model.addAttribute("rows", rows);
            } catch (InvalidInputException e) {
                model.addAttribute("errors", e.messagesByField(messages, locale));
            }
        }
        return "content/compare";
    }

    /** Parses the optional IP value; text that is no number becomes -1 so the service reports it as invalid. */
    private static java.math.BigDecimal ipValue(String text) {
        java.math.BigDecimal value = FinancingCaseForm.decimal(text);
        return value == null && text != null && !text.isBlank() ? java.math.BigDecimal.ONE.negate() : value;
    }

    private static IpKind kind(String code) {
        for (IpKind kind : IpKind.values()) {
            if (kind.name().equals(code)) {
                return kind;
            }
        }
        return null;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
