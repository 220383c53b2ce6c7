package cn.ipfin.product.web;

import java.math.BigDecimal;

import cn.ipfin.core.reference.District;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.ipasset.IpKind;
import cn.ipfin.product.CatalogueQuery;
import cn.ipfin.product.FinancialProduct;
import cn.ipfin.product.FinancingModelService;
import cn.ipfin.product.LoanPrimeRates;
import cn.ipfin.product.ProductService;
import cn.ipfin.product.ProductType;
import cn.ipfin.product.RateRange;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public catalogue of published products and the product page. */
@Controller
class ProductPageController {

    static final int PAGE_SIZE = 10;

    private final ProductService products;
    private final LoanPrimeRates rates;
    private final FinancingModelService models;

    ProductPageController(ProductService products, LoanPrimeRates rates, FinancingModelService models) {
        this.products = products;
        this.rates = rates;
        this.models = models;
    }

    @GetMapping("/products")
    String catalogue(@RequestParam(required = false) ProductType type,
            @RequestParam(required = false) Long organizationId, @RequestParam(required = false) BigDecimal amount,
            @RequestParam(required = false) Integer termMonths, @RequestParam(required = false) IpKind ipKind,
            @RequestParam(required = false) String district, @RequestParam(defaultValue = "0") int page,
            Model model) {
        CatalogueQuery query = new CatalogueQuery(type, organizationId, amount, termMonths, ipKind,
                district == null || district.isBlank() ? null : district);
        model.addAttribute("query", query);
        model.addAttribute("result", products.catalogue(query, PageRequest.of(Math.max(page, 0), PAGE_SIZE,
                Sort.by(Sort.Direction.DESC, "publishedAt").and(Sort.by("id")))));
        model.addAttribute("types", ProductType.values());
        model.addAttribute("kinds", IpKind.values());
        model.addAttribute("districts", District.ALL);
        model.addAttribute("lpr", rates.current());
        return "product/catalogue";
    }

    @GetMapping("/products/{id}")
    String detail(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        FinancialProduct product = products.get(id, user == null ? null : user.organizationId());
        RateRange range = rates.currentRange(product);
        model.addAttribute("product", product);
        model.addAttribute("rates", range);
        model.addAttribute("model", product.getFinancingModel() == null ? null
                : models.get(product.getFinancingModel()));
        model.addAttribute("owner", user != null && product.getOrganizationId().equals(user.organizationId()));
        model.addAttribute("scheduleMethod", product.getRepaymentMethods().stream().sorted().findFirst()
                .map(Enum::name).orElse("EQUAL_INSTALLMENT"));
        return "product/detail";
    }
}
