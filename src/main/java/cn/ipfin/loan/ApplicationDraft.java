package cn.ipfin.loan;

import java.math.BigDecimal;
import java.util.List;

import cn.ipfin.core.money.Money;

/** The statements of an enterprise's application: lender, optional product and guarantor, terms and pledged assets. */
public record ApplicationDraft(Long lenderOrganizationId, Long productId, Long guarantorOrganizationId, Money amount,
        int termMonths, BigDecimal annualRate, RepaymentMethod method, String purpose, List<Long> assetIds) {

    public ApplicationDraft {
        assetIds = assetIds == null ? List.of() : List.copyOf(assetIds);
    }
}
