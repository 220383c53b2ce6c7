package cn.ipfin.product.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.money.Money;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.product.FinancingModel;
import cn.ipfin.product.FinancingModelService;
import cn.ipfin.product.FinancingModelService.AllocatedShare;
import cn.ipfin.product.FinancingModelService.ShareInput;
import cn.ipfin.product.LoanPrimeRate;
import cn.ipfin.product.LoanPrimeRates;
import cn.ipfin.product.RiskParty;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Financing models with their loss shares, the loss allocation preview, and the LPR history. */
@RestController
class FinancingModelApiController {

    private final FinancingModelService models;
    private final LoanPrimeRates rates;

    FinancingModelApiController(FinancingModelService models, LoanPrimeRates rates) {
        this.models = models;
        this.rates = rates;
    }

    record ShareView(RiskParty party, BigDecimal sharePercent) {
    }

    record ModelView(String code, String name, String description, boolean requiresGuarantor,
            boolean requiresInsurer, List<ShareView> shares, long version) {

        static ModelView of(FinancingModel model, Locale locale) {
            return new ModelView(model.getCode(), model.name(locale), model.description(locale),
                    model.isRequiresGuarantor(), model.isRequiresInsurer(), model.getShares().stream()
                            .map(share -> new ShareView(share.getParty(), share.getSharePercent())).toList(),
                    model.getVersion());
        }
    }

    record ModelRevision(boolean requiresGuarantor, boolean requiresInsurer, List<ShareInput> shares) {
    }

    record AllocationRequest(BigDecimal amount) {
    }

    record AllocationView(RiskParty party, BigDecimal sharePercent, String amount) {
    }

    @GetMapping("/api/v1/financing-models")
    List<ModelView> all(Locale locale) {
        return models.all().stream().map(model -> ModelView.of(model, locale)).toList();
    }

    @GetMapping("/api/v1/financing-models/{code}")
    ModelView get(@PathVariable String code, Locale locale) {
        return ModelView.of(models.get(code), locale);
    }

    @PutMapping("/api/v1/financing-models/{code}")
    @PreAuthorize("hasAnyRole('OPERATOR', 'ADMIN')")
    ModelView revise(@PathVariable String code, @RequestParam long version, @RequestBody ModelRevision revision,
            @AuthenticationPrincipal CurrentUser user, Locale locale) {
        return ModelView.of(models.revise(code, version, revision.requiresGuarantor(), revision.requiresInsurer(),
                revision.shares(), user.username()), locale);
    }

    /** Splits a loss amount in yuan between the model's parties, to the fen. */
    @PostMapping("/api/v1/financing-models/{code}/loss-allocations")
    List<AllocationView> allocate(@PathVariable String code, @RequestBody AllocationRequest request) {
        BigDecimal amount = request.amount();
        if (amount == null || amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2
                || amount.compareTo(new BigDecimal("1000000000000")) >= 0) {
            throw InvalidInputException.of("amount", "product.model.loss.invalid");
        }
        List<AllocatedShare> shares = models.allocate(code, Money.of(amount));
        return shares.stream().map(share -> new AllocationView(share.party(), share.sharePercent(),
                share.amount().toString())).toList();
    }

    record RateView(String effectiveDate, BigDecimal oneYear, BigDecimal fiveYear) {

        static RateView of(LoanPrimeRate rate) {
            return new RateView(rate.getEffectiveDate().toString(), rate.getOneYear(), rate.getFiveYear());
        }
    }

    /** Returns the LPR history, newest first, or the rate in force on {@code date}. */
    @GetMapping("/api/v1/loan-prime-rates")
    List<RateView> loanPrimeRates(@RequestParam(required = false) java.time.LocalDate date) {
        if (date != null) {
            return List.of(RateView.of(rates.rateOn(date)));
        }
        return rates.history().stream().map(RateView::of).toList();
    }
}
