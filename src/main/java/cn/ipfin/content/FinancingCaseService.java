package cn.ipfin.content;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.InvalidInputException.Violation;
import cn.ipfin.core.error.NotFoundException;
import cn.ipfin.product.FinancingModel;
import cn.ipfin.product.FinancingModelService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the financing cases. Platform staff write, publish and withdraw them; the public reads published ones
 * and gets "not found" for any other.
 */
@Service
public class FinancingCaseService {

    private static final Logger log = LoggerFactory.getLogger(FinancingCaseService.class);
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000000");

    private final FinancingCases cases;
    private final FinancingModelService models;
    private final Clock clock;

    FinancingCaseService(FinancingCases cases, FinancingModelService models, Clock clock) {
        this.cases = cases;
        this.models = models;
        this.clock = clock;
    }

    @Transactional
    public FinancingCase create(FinancingCaseDetails details, String user) {
        FinancingCase financingCase = cases.save(new FinancingCase(checked(details), user, clock.instant()));
        log.info("Financing case {} created by {}", financingCase.getId(), user);
        return financingCase;
    }

    @Transactional
    public FinancingCase revise(Long id, long expectedVersion, FinancingCaseDetails details) {
        FinancingCase financingCase = current(id, expectedVersion);
        financingCase.revise(checked(details), clock.instant());
        cases.flush();
        return financingCase;
    }

    @Transactional
    public FinancingCase publish(Long id, long expectedVersion, String user) {
        FinancingCase financingCase = current(id, expectedVersion);
        financingCase.publish(clock.instant());
        cases.flush();
        log.info("Financing case {} published by {}", id, user);
        return financingCase;
    }

    @Transactional
    public FinancingCase withdraw(Long id, long expectedVersion, String user) {
        FinancingCase financingCase = current(id, expectedVersion);
        financingCase.withdraw(clock.instant());
        cases.flush();
        log.info("Financing case {} withdrawn by {}", id, user);
        return financingCase;
    }

    @Transactional(readOnly = true)
    public FinancingCase get(Long id) {
        return cases.findById(id).orElseThrow(() -> notFound(id));
    }

    @Transactional(readOnly = true)
    public FinancingCase getPublished(Long id) {
        return cases.findById(id).filter(FinancingCase::isPublished).orElseThrow(() -> notFound(id));
    }

    @Transactional(readOnly = true)
    public Page<FinancingCase> published(Pageable pageable) {
        return cases.findByStatus(FinancingCaseStatus.PUBLISHED, pageable);
    }

    @Transactional(readOnly = true)
    public Page<FinancingCase> all(Pageable pageable) {
        return cases.findAll(pageable);
    }

    @Transactional(readOnly = true)
    public boolean existsWithTitle(String title) {
        return cases.existsByTitle(title);
    }

    private FinancingCaseDetails checked(FinancingCaseDetails details) {
        List<Violation> violations = new ArrayList<>();
        text(violations, "title", details.title(), 200);
        text(violations, "enterprise", details.enterprise(), 200);
        text(violations, "ipDescription", details.ipDescription(), 500);
        text(violations, "lender", details.lender(), 200);
        text(violations, "outcome", details.outcome(), 2000);
        if (details.industry() != null && details.industry().strip().length() > 100) {
            violations.add(new Violation("industry", "content.case.field.tooLong", 100));
        }
        if (details.amount() == null || details.amount().signum() <= 0 || details.amount().compareTo(MAX_AMOUNT) > 0
                || details.amount().stripTrailingZeros().scale() > 2) {
            violations.add(new Violation("amount", "content.case.amount.invalid"));
        }
        if (details.termMonths() == null || details.termMonths() < 1 || details.termMonths() > 360) {
            violations.add(new Violation("termMonths", "content.case.termMonths.invalid"));
        }
        Set<String> codes = models.all().stream().map(FinancingModel::getCode).collect(Collectors.toSet());
        if (details.modelCode() == null || !codes.contains(details.modelCode())) {
            violations.add(new Violation("modelCode", "content.case.modelCode.invalid"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return details;
    }

    private static void text(List<Violation> violations, String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "content.case." + field + ".required"));
        } else if (value.strip().length() > maxLength) {
            violations.add(new Violation(field, "content.case.field.tooLong", maxLength));
        }
    }

    private FinancingCase current(Long id, long expectedVersion) {
        FinancingCase financingCase = get(id);
        if (financingCase.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(FinancingCase.class, id);
        }
        return financingCase;
    }

    private static NotFoundException notFound(Long id) {
        return new NotFoundException("financing-case.not-found", "content.case.notFound", id);
    }
}
