package cn.ipfin.product;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.NotFoundException;
import cn.ipfin.organization.Organization;
import cn.ipfin.organization.OrganizationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the product catalogue. Institutions create, revise, publish and withdraw their own products, and anyone
 * reads the published ones. Another organisation gets 404 for a product it cannot see and 403 for a published product
 * it tries to change.
 */
@Service
public class ProductService {

    private static final Logger log = LoggerFactory.getLogger(ProductService.class);

    private final FinancialProducts products;
    private final FinancingModels models;
    private final OrganizationService organizations;
    private final ProductTermsValidator validator = new ProductTermsValidator();
    private final Clock clock;

    ProductService(FinancialProducts products, FinancingModels models, OrganizationService organizations,
            Clock clock) {
        this.products = products;
        this.models = models;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** Creates a draft product owned by the organisation, which must be verified. */
    @Transactional
    public FinancialProduct create(Long organizationId, ProductTerms terms) {
        Organization owner = organizations.getVerified(organizationId);
        FinancialProduct product = products.save(new FinancialProduct(owner.getId(), owner.getName(), check(terms),
                clock.instant()));
        log.info("Product {} created by organization {}", product.getId(), organizationId);
        return product;
    }

    @Transactional
    public FinancialProduct revise(Long id, long expectedVersion, Long organizationId, ProductTerms terms) {
        FinancialProduct product = owned(id, expectedVersion, organizationId);
        product.revise(check(terms), clock.instant());
        products.flush();
        return product;
    }

    @Transactional
    public FinancialProduct publish(Long id, long expectedVersion, Long organizationId) {
        FinancialProduct product = owned(id, expectedVersion, organizationId);
        product.publish(clock.instant());
        products.flush();
        log.info("Product {} published by organization {}", id, organizationId);
        return product;
    }

    @Transactional
    public FinancialProduct withdraw(Long id, long expectedVersion, Long organizationId) {
        FinancialProduct product = owned(id, expectedVersion, organizationId);
        product.withdraw(clock.instant());
        products.flush();
        log.info("Product {} withdrawn by organization {}", id, organizationId);
        return product;
    }

    /** Returns a product the caller may see: a published one, or any product of the caller's organisation. */
    @Transactional(readOnly = true)
    public FinancialProduct get(Long id, Long viewerOrganizationId) {
        return products.findById(id)
                .filter(product -> product.isPublished() || product.getOrganizationId().equals(viewerOrganizationId))
                .orElseThrow(() -> notFound(id));
    }

    @Transactional(readOnly = true)
    public Page<FinancialProduct> catalogue(CatalogueQuery query, Pageable pageable) {
        return products.findAll(query.toSpecification(), pageable);
    }

    @Transactional(readOnly = true)
    public Page<FinancialProduct> ownedBy(Long organizationId, Pageable pageable) {
        return products.findByOrganizationId(organizationId, pageable);
    }

    @Transactional(readOnly = true)
    public List<FinancialProduct> published() {
        return products.findByStatus(ProductStatus.PUBLISHED);
    }

    /** Returns a product whatever its status, for modules that act on loans made under it. */
    @Transactional(readOnly = true)
    public Optional<FinancialProduct> find(Long id) {
        return id == null ? Optional.empty() : products.findById(id);
    }

    /** Returns the products with the given ids whatever their status, for statistics over past loans. */
    @Transactional(readOnly = true)
    public List<FinancialProduct> findAll(Collection<Long> ids) {
        return products.findAllById(ids);
    }

    @Transactional(readOnly = true)
    public boolean anyOwnedBy(Long organizationId) {
        return products.existsByOrganizationId(organizationId);
    }

    private ProductTerms check(ProductTerms terms) {
        validator.validate(terms);
        if (terms.financingModel() != null && !models.existsById(terms.financingModel())) {
            throw InvalidInputException.of("financingModel", "product.financingModel.unknown", terms.financingModel());
        }
        return terms;
    }

    private FinancialProduct owned(Long id, long expectedVersion, Long organizationId) {
        FinancialProduct product = products.findById(id).orElseThrow(() -> notFound(id));
        if (!product.getOrganizationId().equals(organizationId)) {
            if (!product.isPublished()) {
                throw notFound(id);
            }
            throw new AccessDeniedException("Product " + id + " belongs to another organization");
        }
        if (product.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(FinancialProduct.class, id);
        }
        return product;
    }

    private static NotFoundException notFound(Long id) {
        return new NotFoundException("product.not-found", "product.notFound", id);
    }
}
