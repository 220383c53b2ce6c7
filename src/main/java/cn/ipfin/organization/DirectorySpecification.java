package cn.ipfin.organization;

import java.util.ArrayList;
import java.util.List;

import cn.ipfin.organization.OrganizationService.DirectoryQuery;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

/**
 * The filters of the member directory as a query: verified members only, and a city also matches its
 * districts and counties (a code ending in {@code 00} matches every code with the same first four digits).
 */
final class DirectorySpecification {

    private DirectorySpecification() {
    }

    static Specification<Organization> of(DirectoryQuery query) {
        return (root, criteria, builder) -> {
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(builder.equal(root.get("status"), VerificationStatus.VERIFIED));
            if (query.type() != null) {
                predicates.add(builder.equal(root.get("type"), query.type()));
            }
            String district = blankToNull(query.district());
            if (district != null && district.endsWith("00")) {
                predicates.add(builder.like(root.get("districtCode"), district.substring(0, 4) + "%"));
            } else if (district != null) {
                predicates.add(builder.equal(root.get("districtCode"), district));
            }
            if (blankToNull(query.industry()) != null) {
                predicates.add(builder.equal(root.get("industryCode"), query.industry()));
            }
            if (blankToNull(query.name()) != null) {
                String key = OrganizationNames.key(query.name()).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_");
                predicates.add(builder.like(root.get("nameKey"), "%" + key + "%", '\\'));
            }
            return builder.and(predicates.toArray(Predicate[]::new));
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
