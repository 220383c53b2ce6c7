package cn.ipfin.dashboard;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.ipfin.core.money.Money;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.ipasset.IpKind;
import cn.ipfin.loan.LoanFigure;
import cn.ipfin.loan.LoanQueries;
import cn.ipfin.organization.Organization;
import cn.ipfin.organization.OrganizationService;
import cn.ipfin.product.FinancialProduct;
import cn.ipfin.product.ProductService;
import org.springframework.stereotype.Component;

/**
 * Reads one {@link LoanFact} per loan from the loan module's statistics projection, with the principal repaid up
 * to the end of the period, and resolves its grouping keys with batch look-ups in the organisation, IP and
 * product modules: a fixed number of queries per thousand loans, whatever the number of loans.
 */
@Component
class LoanFactReader {

    private static final int LOOKUP_BATCH = 1_000;

    private final LoanQueries loans;
    private final OrganizationService organizations;
    private final IpAssetService assets;
    private final ProductService products;

    LoanFactReader(LoanQueries loans, OrganizationService organizations, IpAssetService assets,
            ProductService products) {
        this.loans = loans;
        this.organizations = organizations;
        this.assets = assets;
        this.products = products;
    }

    /** A loan and the organisations it involves, which the provider uses for labels too. */
    record Facts(List<LoanFact> loans, Map<Long, Organization> organizations) {
    }

    Facts read(DashboardQuery query) {
        List<LoanFigure> figures = loans.figuresUpTo(query.period().to()).stream()
                .filter(figure -> query.bankId() == null || query.bankId().equals(figure.lenderOrganizationId()))
                .toList();
        Map<Long, Organization> parties = organizationsOf(figures);
        Map<Long, IpKind> kinds = assets.kindsOf(figures.stream().flatMap(figure -> figure.assetIds().stream())
                .collect(Collectors.toSet()));
        Map<Long, String> models = modelsOf(figures);
        Map<Long, Money> repaid = loans.principalRepaidUpTo(query.period().to());

        List<LoanFact> facts = figures.stream().map(figure -> factOf(figure, parties.get(
                figure.applicantOrganizationId()), kinds, models, repaid.getOrDefault(figure.id(), Money.ZERO)))
                .toList();
        return new Facts(facts, parties);
    }

    private static LoanFact factOf(LoanFigure figure, Organization applicant, Map<Long, IpKind> kinds,
            Map<Long, String> models, Money principalRepaid) {
        String industry = applicant == null ? null : applicant.getIndustryCode();
        String district = applicant == null ? null : applicant.getDistrictCode();
        return new LoanFact(figure.id(), figure.applicantOrganizationId(),
                String.valueOf(figure.lenderOrganizationId()), orUnspecified(industry), orUnspecified(district),
                ipTypeOf(figure.assetIds(), kinds), orUnspecified(models.get(figure.productId())), figure.state(),
                figure.amount(), figure.annualRate(), figure.submittedOn(), figure.disbursedOn(), principalRepaid);
    }

    /** Returns the common kind of the pledged assets, MIXED for several kinds, UNSPECIFIED for none known. */
    private static String ipTypeOf(Set<Long> assetIds, Map<Long, IpKind> kinds) {
        Set<IpKind> pledged = assetIds.stream().map(kinds::get).filter(Objects::nonNull).collect(Collectors.toSet());
        if (pledged.isEmpty()) {
            return LoanFact.UNSPECIFIED;
        }
        return pledged.size() == 1 ? pledged.iterator().next().name() : LoanFact.MIXED;
    }

    private Map<Long, Organization> organizationsOf(List<LoanFigure> figures) {
        Set<Long> ids = figures.stream()
                .flatMap(figure -> Stream.of(figure.applicantOrganizationId(),
                        figure.lenderOrganizationId()))
                .collect(Collectors.toSet());
        return inBatches(ids, organizations::findAll, Organization::getId);
    }

    private Map<Long, String> modelsOf(List<LoanFigure> figures) {
        Set<Long> ids = figures.stream().map(LoanFigure::productId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> models = new HashMap<>();
        inBatches(ids, products::findAll, FinancialProduct::getId).forEach((id, product) -> {
            if (product.getFinancingModel() != null) {
                models.put(id, product.getFinancingModel());
            }
        });
        return models;
    }

    private static <T> Map<Long, T> inBatches(Collection<Long> ids, Function<List<Long>, List<T>> lookup,
            Function<T, Long> idOf) {
        List<Long> all = List.copyOf(ids);
        Map<Long, T> found = new HashMap<>();
        for (int start = 0; start < all.size(); start += LOOKUP_BATCH) {
            lookup.apply(all.subList(start, Math.min(all.size(), start + LOOKUP_BATCH)))
                    .forEach(item -> found.put(idOf.apply(item), item));
        }
        return found;
    }

    private static String orUnspecified(String key) {
        return key == null || key.isBlank() ? LoanFact.UNSPECIFIED : key;
    }
}
