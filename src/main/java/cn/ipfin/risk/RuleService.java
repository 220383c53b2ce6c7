package cn.ipfin.risk;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import cn.ipfin.core.error.ConflictException;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.NotFoundException;
import cn.ipfin.identity.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the monitoring rules and lets platform staff change them. */
@Service
public class RuleService {

    private static final Logger log = LoggerFactory.getLogger(RuleService.class);

    private final RiskRules rules;
    private final Clock clock;

    RuleService(RiskRules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    /** The new settings of a rule; the threshold is ignored for rules without one. */
    public record Change(Boolean enabled, Severity severity, BigDecimal threshold, Long version) {
    }

    @Transactional(readOnly = true)
    public List<RiskRule> all() {
        return rules.findAll().stream().sorted(Comparator.comparing(RiskRule::getCode)).toList();
    }

    @Transactional(readOnly = true)
    public RiskRule rule(RuleCode code) {
        return rules.findById(code).orElseThrow(() -> new IllegalStateException("Rule " + code + " is not seeded"));
    }

    /**
     * Changes a rule.
     *
     * @throws InvalidInputException for a missing setting or a threshold that is not positive
     * @throws ConflictException when someone changed the rule since {@code change.version()}
     */
    @Transactional
    public RiskRule change(String code, Change change, CurrentUser user) {
        if (!user.isPlatformStaff()) {
            throw new AccessDeniedException("Only platform staff change monitoring rules");
        }
        RuleCode ruleCode = Arrays.stream(RuleCode.values()).filter(value -> value.name().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("risk.rule.not-found", "risk.rule.notFound", code));
        RiskRule rule = rule(ruleCode);
        validate(ruleCode, change);
        if (rule.getVersion() != change.version()) {
            throw new ConflictException("risk.rule.stale", "risk.rule.stale", code);
        }
        rule.change(change.enabled(), change.severity(), change.threshold(), user.username(), clock.instant());
        log.info("Rule {} changed by {}: enabled {}, severity {}, threshold {}", code, user.username(),
                change.enabled(), change.severity(), change.threshold());
        return rules.saveAndFlush(rule);
    }

    private static void validate(RuleCode code, Change change) {
        if (change.enabled() == null) {
            throw InvalidInputException.of("enabled", "risk.rule.enabled.missing");
        }
        if (change.severity() == null) {
            throw InvalidInputException.of("severity", "risk.rule.severity.missing");
        }
        if (change.version() == null) {
            throw InvalidInputException.of("version", "risk.rule.version.missing");
        }
        if (code.hasThreshold() && (change.threshold() == null || change.threshold().signum() <= 0)) {
            throw InvalidInputException.of("threshold", "risk.rule.threshold.invalid");
        }
    }
}
