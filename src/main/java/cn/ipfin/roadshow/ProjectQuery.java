package cn.ipfin.roadshow;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

/** Filters of the public project list; a null filter matches every published project. */
public record ProjectQuery(String industry, FundingStage stage, FinancingMethod method, String keyword) {

    Specification<RoadshowProject> toSpecification() {
        return (root, query, builder) -> {
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(builder.equal(root.get("status"), ProjectStatus.PUBLISHED));
            if (industry != null && !industry.isBlank()) {
                predicates.add(builder.equal(root.get("industry"), industry));
            }
            if (stage != null) {
                predicates.add(builder.equal(root.get("stage"), stage));
            }
            if (method != null) {
                predicates.add(builder.equal(root.get("method"), method));
            }
            if (keyword != null && !keyword.isBlank()) {
                String pattern = "%" + keyword.strip().toLowerCase(java.util.Locale.ROOT)
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                predicates.add(builder.or(builder.like(builder.lower(root.get("title")), pattern, '\\'),
                        builder.like(builder.lower(root.get("summary")), pattern, '\\')));
            }
            return builder.and(predicates.toArray(Predicate[]::new));
        };
    }
}
