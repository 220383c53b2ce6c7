package cn.ipfin.product;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.InvalidInputException.Violation;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.reference.Industry;
import cn.ipfin.ipasset.IpAsset;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.ipasset.LegalStatus;
import cn.ipfin.organization.Organization;
import cn.ipfin.organization.OrganizationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recommends published products to an enterprise from its registration data and its IP rights, with
 * {@link ProductMatchCalculator}.
 */
@Service
public class RecommendationService {

    static final int MAX_PURPOSE_LENGTH = 500;
    private static final BigDecimal AMOUNT_LIMIT = new BigDecimal("1000000000000");

    private final ProductService products;
    private final OrganizationService organizations;
    private final IpAssetService assets;
    private final LoanPrimeRates rates;
    private final ProductMatchCalculator calculator = new ProductMatchCalculator();

    RecommendationService(ProductService products, OrganizationService organizations, IpAssetService assets,
            LoanPrimeRates rates) {
        this.products = products;
        this.organizations = organizations;
        this.assets = assets;
        this.rates = rates;
    }

    /** What the enterprise asks for; {@code purpose} is free text kept for the application. */
    public record RecommendationRequest(BigDecimal amount, Integer termMonths, String purpose) {
    }

    /** One recommended product with its match and its rate range for the requested term today. */
    public record Recommendation(FinancialProduct product, ProductMatch match, RateRange rates) {
    }

    @Transactional(readOnly = true)
    public List<Recommendation> recommend(Long enterpriseId, RecommendationRequest request) {
        validate(request);
        Organization enterprise = organizations.getVerified(enterpriseId);
        FinancingRequest financing = new FinancingRequest(Money.of(request.amount()), request.termMonths(),
                rates.today());
        Map<Long, FinancialProduct> published = products.published().stream()
                .collect(Collectors.toMap(FinancialProduct::getId, Function.identity()));
        List<ProductCriteria> criteria = published.values().stream().map(ProductCriteria::of).toList();

        return calculator.rank(factsOf(enterprise), financing, criteria).stream()
                .map(match -> recommendation(published.get(match.productId()), match, request.termMonths()))
                .toList();
    }

    private Recommendation recommendation(FinancialProduct product, ProductMatch match, int termMonths) {
        return new Recommendation(product, match, rates.rangeOn(rates.today(), termMonths, product.getMinSpreadBp(),
                product.getMaxSpreadBp()));
    }

    /**
     * Collects the facts the matcher checks.
     *
     * <p>NOTE: the platform records neither a founding date nor a credit rating yet, so years in business and
     * the grade are passed as unknown and every product that sets them lists them as conditions to check.
     */
    private EnterpriseFacts factsOf(Organization enterprise) {
        List<EnterpriseFacts.OwnedIp> rights = assets.ownedBy(enterprise.getId()).stream()
                .map(RecommendationService::ownedIp).toList();
        Industry industry = Industry.of(enterprise.getIndustryCode()).orElse(null);
        return new EnterpriseFacts(enterprise.getDistrictCode(), industry, null, null, rights);
    }

    /** Counts a right as available collateral only while it is valid and not pledged already. */
    private static EnterpriseFacts.OwnedIp ownedIp(IpAsset asset) {
        boolean available = asset.getLegalStatus() == LegalStatus.VALID && !asset.isPledged();
        return new EnterpriseFacts.OwnedIp(asset.getKind(), available, asset.getExpiryDate());
    }

    private static void validate(RecommendationRequest request) {
        List<Violation> violations = new ArrayList<>();
        BigDecimal amount = request.amount();
        if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2
                || amount.compareTo(AMOUNT_LIMIT) >= 0) {
            violations.add(new Violation("amount", "product.recommend.amount.invalid"));
        }
        if (request.termMonths() == null || request.termMonths() < 1 || request.termMonths() > 360) {
            violations.add(new Violation("termMonths", "product.recommend.termMonths.range"));
        }
        if (request.purpose() != null && request.purpose().length() > MAX_PURPOSE_LENGTH) {
            violations.add(new Violation("purpose", "product.recommend.purpose.tooLong", MAX_PURPOSE_LENGTH));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
