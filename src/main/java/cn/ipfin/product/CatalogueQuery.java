package cn.ipfin.product;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.ipfin.core.reference.District;
import cn.ipfin.ipasset.IpKind;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

/**
 * Filters of the public product catalogue, where a null filter matches everything. {@code amount} and
 * {@code termMonths} match products whose range contains them, {@code district} matches products open to all
 * districts, to that district or to its city.
 */
public record CatalogueQuery(ProductType type, Long organizationId, BigDecimal amount, Integer termMonths,
        IpKind ipKind, String district) {

    public static CatalogueQuery all() {
        return new CatalogueQuery(null, null, null, null, null, null);
    }

    Specification<FinancialProduct> toSpecification() {
        return (root, query, builder) -> {
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(builder.equal(root.get("status"), ProductStatus.PUBLISHED));
            if (type != null) {
                predicates.add(builder.equal(root.get("type"), type));
            }
            if (organizationId != null) {
                predicates.add(builder.equal(root.get("organizationId"), organizationId));
            }
            if (amount != null) {
                predicates.add(builder.lessThanOrEqualTo(root.get("minAmount"), amount));
                predicates.add(builder.greaterThanOrEqualTo(root.get("maxAmount"), amount));
            }
            if (termMonths != null) {
                predicates.add(builder.lessThanOrEqualTo(root.get("minTermMonths"), termMonths));
                predicates.add(builder.greaterThanOrEqualTo(root.get("maxTermMonths"), termMonths));
            }
            if (ipKind != null) {
                predicates.add(builder.like(root.get("eligibleIpKinds"), "%" + ipKind.name() + "%"));
            }
            District.of(district == null ? "" : district).ifPresent(match -> predicates.add(builder.or(
                    builder.equal(root.get("districts"), ""),
                    builder.like(root.get("districts"), "%" + match.code() + "%"),
                    builder.like(root.get("districts"), "%" + match.cityCode() + "%"))));
            return builder.and(predicates.toArray(Predicate[]::new));
        };
    }
}
