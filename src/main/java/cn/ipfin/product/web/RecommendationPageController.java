package cn.ipfin.product.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.product.MatchMessages;
import cn.ipfin.product.RecommendationService;
import cn.ipfin.product.RecommendationService.Recommendation;
import cn.ipfin.product.RecommendationService.RecommendationRequest;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The enterprise enters amount, term and purpose and sees the matching products with the reasons. */
@Controller
@PreAuthorize("hasRole('ENTERPRISE')")
class RecommendationPageController {

    private final RecommendationService recommendations;
    private final MatchMessages matchMessages;
    private final MessageSource messages;

    RecommendationPageController(RecommendationService recommendations, MatchMessages matchMessages,
            MessageSource messages) {
        this.recommendations = recommendations;
        this.matchMessages = matchMessages;
        this.messages = messages;
    }

    /** One recommendation with its messages resolved for the page. */
    record Row(Recommendation recommendation, List<String> reasons, List<String> missing, List<String> toCheck) {
    }

    @GetMapping("/products/recommendations")
    String initForm(Model model) {
        return show(model, "", "", "", Map.of(), null);
    }

    @PostMapping("/products/recommendations")
    String recommend(@RequestParam(defaultValue = "") String amount, @RequestParam(defaultValue = "") String termMonths,
            @RequestParam(defaultValue = "") String purpose, @AuthenticationPrincipal CurrentUser user, Model model,
            Locale locale) {
        try {
            RecommendationRequest request = new RecommendationRequest(decimal(amount), integer(termMonths), purpose);
            List<Row> rows = recommendations.recommend(user.organizationId(), request).stream()
                    .map(recommendation -> row(recommendation, locale)).toList();
            return show(model, amount, termMonths, purpose, Map.of(), rows);
        } catch (InvalidInputException e) {
            Map<String, String> errors = e.messagesByField(messages, locale);
            return show(model, amount, termMonths, purpose, errors, null);
        }
    }

    private Row row(Recommendation recommendation, Locale locale) {
        return new Row(recommendation, matchMessages.resolve(recommendation.match().met(), locale),
                matchMessages.resolve(recommendation.match().missing(), locale),
                matchMessages.resolve(recommendation.match().toCheck(), locale));
    }

    private static String show(Model model, String amount, String termMonths, String purpose,
            Map<String, String> errors, List<Row> rows) {
        model.addAttribute("amount", amount);
        model.addAttribute("termMonths", termMonths);
        model.addAttribute("purpose", purpose);
        model.addAttribute("errors", errors);
        model.addAttribute("rows", rows);
        return "product/recommendations";
    }

    /** Parses a decimal; unreadable text becomes null, which the service reports as the field's error. */
    private static BigDecimal decimal(String text) {
        try {
            return text.isBlank() ? null : new BigDecimal(text.trim().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer integer(String text) {
        try {
            return text.isBlank() ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
