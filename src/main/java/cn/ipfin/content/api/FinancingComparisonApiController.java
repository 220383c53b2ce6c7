package cn.ipfin.content.api;

import java.math.BigDecimal;
import java.util.List;

import cn.ipfin.content.ComparisonRequest;
import cn.ipfin.content.FinancingComparisonService;
import cn.ipfin.content.ModelComparison;
import cn.ipfin.ipasset.IpKind;
import cn.ipfin.product.FinancingModelService.AllocatedShare;
import cn.ipfin.product.RiskParty;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Runs a loan through every financing model: the cost to the enterprise and each party's share of a loss. Open
 * to anyone, like the comparison page.
 */
@RestController
class FinancingComparisonApiController {

    private final FinancingComparisonService comparison;

    FinancingComparisonApiController(FinancingComparisonService comparison) {
        this.comparison = comparison;
    }

    record ShareView(RiskParty party, BigDecimal sharePercent, BigDecimal amount) {

        static ShareView of(AllocatedShare share) {
            return new ShareView(share.party(), share.sharePercent(), share.amount().amount());
        }
    }

    record ComparisonView(String modelCode, BigDecimal annualRate, int productCount, BigDecimal interest,
            BigDecimal guaranteeFee, BigDecimal insurancePremium, BigDecimal valuationFee, BigDecimal subsidy,
            BigDecimal totalCost, BigDecimal annualCostRate, List<ShareView> lossShares, BigDecimal loanToValue,
            BigDecimal maxPledgeRate, boolean exceedsPledgeRate) {

        static ComparisonView of(ModelComparison c) {
            return new ComparisonView(c.model().getCode(), c.annualRate(), c.productCount(),
                    c.cost().interest().amount(), c.cost().guaranteeFee().amount(),
                    c.cost().insurancePremium().amount(), c.cost().valuationFee().amount(),
                    c.cost().subsidy().amount(), c.cost().total().amount(), c.cost().annualCostRate(),
                    c.lossShares().stream().map(ShareView::of).toList(), c.loanToValue(), c.maxPledgeRate(),
                    c.exceedsPledgeRate());
        }
    }

    @GetMapping("/api/v1/financing-models/compare")
    @PreAuthorize("permitAll()")
    List<ComparisonView> compare(@RequestParam(required = false) BigDecimal amount,
            @RequestParam(required = false) Integer termMonths, @RequestParam(required = false) IpKind ipKind,
            @RequestParam(required = false) BigDecimal ipValue) {
        return comparison.compare(new ComparisonRequest(amount, termMonths, ipKind, ipValue)).stream()
                .map(ComparisonView::of).toList();
    }
}
