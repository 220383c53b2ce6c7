package cn.ipfin.roadshow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.InvalidInputException.Violation;
import cn.ipfin.core.reference.Industry;

/** Checks every field of {@link ProjectDetails} and reports all violations at once. */
final class ProjectDetailsValidator {

    static final int MAX_TEAM = 20;
    static final int MAX_IP = 50;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000000");

    void validate(ProjectDetails details) {
        List<Violation> violations = new ArrayList<>();
        text(violations, "title", details.title(), 200);
        text(violations, "summary", details.summary(), 4000);
        text(violations, "useOfFunds", details.useOfFunds(), 2000);
        if (details.industry() == null || Industry.of(details.industry()).isEmpty()) {
            violations.add(new Violation("industry", "roadshow.industry.invalid"));
        }
        if (details.stage() == null) {
            violations.add(new Violation("stage", "roadshow.stage.required"));
        }
        if (details.method() == null) {
            violations.add(new Violation("method", "roadshow.method.required"));
        }
        amount(violations, details.amountSought());
        team(violations, details.team());
        if (details.ipAssetIds().size() > MAX_IP) {
            violations.add(new Violation("ipAssetIds", "roadshow.ip.tooMany", MAX_IP));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static void text(List<Violation> violations, String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "roadshow." + field + ".required"));
        } else if (value.strip().length() > maxLength) {
            violations.add(new Violation(field, "roadshow.text.tooLong", maxLength));
        }
    }

    private static void amount(List<Violation> violations, BigDecimal amount) {
        if (amount == null) {
            violations.add(new Violation("amountSought", "roadshow.amountSought.required"));
        } else if (amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) > 0) {
            violations.add(new Violation("amountSought", "roadshow.amountSought.range", amount.toPlainString()));
        } else if (amount.stripTrailingZeros().scale() > 2) {
            violations.add(new Violation("amountSought", "roadshow.amountSought.scale", amount.toPlainString()));
        }
    }

    private static void team(List<Violation> violations, List<TeamMember> team) {
        if (team.size() > MAX_TEAM) {
            violations.add(new Violation("team", "roadshow.team.tooMany", MAX_TEAM));
            return;
        }
        for (int i = 0; i < team.size(); i++) {
            TeamMember member = team.get(i);
            if (member == null || member.name() == null || member.name().isBlank() || member.title() == null
                    || member.title().isBlank()) {
                violations.add(new Violation("team[" + i + "]", "roadshow.team.incomplete", i + 1));
            }
        }
    }
}
