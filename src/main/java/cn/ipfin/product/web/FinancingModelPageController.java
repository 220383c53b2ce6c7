package cn.ipfin.product.web;

import java.util.Locale;

import cn.ipfin.product.FinancingModelService;
import cn.ipfin.product.LoanPrimeRates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public page of financing models with the parties that must accept and their shares of a loss.
 *
 * <p>TODO: operators change a model only through {@code PUT /api/v1/financing-models/{code}} so far, because this
 * page has no edit form yet.
 */
@Controller
class FinancingModelPageController {

    private final FinancingModelService models;
    private final LoanPrimeRates rates;

    FinancingModelPageController(FinancingModelService models, LoanPrimeRates rates) {
        this.models = models;
        this.rates = rates;
    }

    @GetMapping("/financing-models")
    String list(Model model, Locale locale) {
        model.addAttribute("models", models.all());
        model.addAttribute("locale", locale);
        model.addAttribute("lprHistory", rates.history());
        return "product/financing-models";
    }
}
