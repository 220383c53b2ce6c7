package cn.ipfin.product.api;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

import cn.ipfin.identity.CurrentUser;
import cn.ipfin.ipasset.IpKind;
import cn.ipfin.product.CatalogueQuery;
import cn.ipfin.product.FinancialProduct;
import cn.ipfin.product.LoanPrimeRates;
import cn.ipfin.product.ProductService;
import cn.ipfin.product.ProductTerms;
import cn.ipfin.product.ProductType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The product catalogue for API clients. Anyone reads published products, and banks, guarantors, insurers and the
 * platform operator manage their own. Changes carry the version read last, and a stale one gets 409.
 */
@RestController
@RequestMapping("/api/v1/products")
class ProductApiController {

    static final String PUBLISHERS = "hasAnyRole('BANK', 'GUARANTOR', 'INSURER', 'OPERATOR', 'ADMIN')";

    private final ProductService products;
    private final LoanPrimeRates rates;

    ProductApiController(ProductService products, LoanPrimeRates rates) {
        this.products = products;
        this.rates = rates;
    }

    record PageView<T>(List<T> content, long totalElements, int page, int size) {
    }

    @GetMapping
    PageView<ProductView> catalogue(@RequestParam(required = false) ProductType type,
            @RequestParam(required = false) Long organizationId, @RequestParam(required = false) BigDecimal amount,
            @RequestParam(required = false) Integer termMonths, @RequestParam(required = false) IpKind ipKind,
            @RequestParam(required = false) String district, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        int pageSize = Math.min(Math.max(size, 1), 100);
        CatalogueQuery query = new CatalogueQuery(type, organizationId, amount, termMonths, ipKind, district);
        Page<FinancialProduct> found = products.catalogue(query, PageRequest.of(Math.max(page, 0), pageSize,
                Sort.by(Sort.Direction.DESC, "publishedAt").and(Sort.by("id"))));
        return new PageView<>(found.map(this::view).getContent(), found.getTotalElements(), found.getNumber(),
                pageSize);
    }

    @GetMapping("/mine")
    @PreAuthorize(PUBLISHERS)
    PageView<ProductView> mine(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page) {
        Page<FinancialProduct> found = products.ownedBy(user.organizationId(),
                PageRequest.of(Math.max(page, 0), 50, Sort.by(Sort.Direction.DESC, "updatedAt")));
        return new PageView<>(found.map(this::view).getContent(), found.getTotalElements(), found.getNumber(), 50);
    }

    @GetMapping("/{id}")
    ProductView get(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return view(products.get(id, user == null ? null : user.organizationId()));
    }

    @PostMapping
    @PreAuthorize(PUBLISHERS)
    ResponseEntity<ProductView> create(@RequestBody ProductTerms terms, @AuthenticationPrincipal CurrentUser user) {
        FinancialProduct product = products.create(user.organizationId(), terms);
        return ResponseEntity.created(URI.create("/api/v1/products/" + product.getId())).body(view(product));
    }

    @PutMapping("/{id}")
    @PreAuthorize(PUBLISHERS)
    ProductView revise(@PathVariable Long id, @RequestParam long version, @RequestBody ProductTerms terms,
            @AuthenticationPrincipal CurrentUser user) {
        return view(products.revise(id, version, user.organizationId(), terms));
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize(PUBLISHERS)
    ProductView publish(@PathVariable Long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user) {
        return view(products.publish(id, version, user.organizationId()));
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize(PUBLISHERS)
    ProductView withdraw(@PathVariable Long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user) {
        return view(products.withdraw(id, version, user.organizationId()));
    }

    private ProductView view(FinancialProduct product) {
        return ProductView.of(product, rates.currentRange(product));
    }
}
