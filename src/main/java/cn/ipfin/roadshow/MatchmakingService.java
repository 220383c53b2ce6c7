package cn.ipfin.roadshow;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.InvalidInputException.Violation;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.organization.OrganizationService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps investors' preferences and ranks published projects for an investor, and investors for a project, with
 * {@link MatchScoreCalculator}. Ties keep the newest project or the lowest organisation id first.
 */
@Service
public class MatchmakingService {

    private final InvestorPreferences preferences;
    private final RoadshowService roadshow;
    private final OrganizationService organizations;
    private final Clock clock;
    private final MatchScoreCalculator calculator = new MatchScoreCalculator();

    MatchmakingService(InvestorPreferences preferences, RoadshowService roadshow, OrganizationService organizations,
            Clock clock) {
        this.preferences = preferences;
        this.roadshow = roadshow;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** One ranked candidate with its score. */
    public record Match<T>(T candidate, MatchScore score) {
    }

    @Transactional(readOnly = true)
    public Optional<InvestorPreference> preferenceOf(Long organizationId) {
        return preferences.findById(organizationId);
    }

    /**
     * Saves the investor organisation's preferences.
     *
     * @param expectedVersion the version read last, or null when the organisation has none yet
     */
    @Transactional
    public InvestorPreference savePreference(Long organizationId, Long expectedVersion,
            InvestorPreference.PreferenceForm form) {
        validate(form);
        InvestorPreference preference = preferences.findById(organizationId).orElseGet(() -> new InvestorPreference(
                organizationId, organizations.getVerified(organizationId).getName()));
        if (expectedVersion != null && preference.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(InvestorPreference.class, organizationId);
        }
        preference.update(form, clock.instant());
        return preferences.saveAndFlush(preference);
    }

    /** Ranks the published projects for the investor's organisation, best first. */
    @Transactional(readOnly = true)
    public List<Match<RoadshowProject>> projectsFor(Long investorOrganizationId) {
        MatchScoreCalculator.InvestorFacts investor = preferences.findById(investorOrganizationId)
                .map(InvestorPreference::facts)
                .orElseGet(() -> new MatchScoreCalculator.InvestorFacts(java.util.Set.of(), java.util.Set.of(),
                        null, null));
        return roadshow.allPublished().stream()
                .map(project -> new Match<>(project, calculator.score(facts(project), investor)))
                .sorted(Comparator.comparingInt((Match<RoadshowProject> match) -> match.score().total()).reversed()
                        .thenComparing(match -> match.candidate().getPublishedAt(), Comparator.reverseOrder()))
                .toList();
    }

    /** Ranks the investors with declared preferences for a project its enterprise or the staff may see. */
    @Transactional(readOnly = true)
    public List<Match<InvestorPreference>> investorsFor(Long projectId, CurrentUser viewer) {
        RoadshowProject project = roadshow.visible(projectId, viewer);
        if (!project.isOwnedBy(viewer.organizationId()) && !viewer.isPlatformStaff()) {
            throw new AccessDeniedException("Investor ranking of project " + projectId + " is for its enterprise");
        }
        MatchScoreCalculator.ProjectFacts facts = facts(project);
        return preferences.findAll().stream()
                .map(preference -> new Match<>(preference, calculator.score(facts, preference.facts())))
                .sorted(Comparator.comparingInt((Match<InvestorPreference> match) -> match.score().total()).reversed()
                        .thenComparing(match -> match.candidate().getOrganizationId()))
                .toList();
    }

    private static MatchScoreCalculator.ProjectFacts facts(RoadshowProject project) {
        return new MatchScoreCalculator.ProjectFacts(project.getIndustryCode(), project.getStage(),
                project.getAmountSought().amount());
    }

    private static void validate(InvestorPreference.PreferenceForm form) {
        List<Violation> violations = new ArrayList<>();
        amount(violations, "minTicket", form.minTicket());
        amount(violations, "maxTicket", form.maxTicket());
        if (violations.isEmpty() && form.minTicket() != null && form.maxTicket() != null
                && form.minTicket().compareTo(form.maxTicket()) > 0) {
            violations.add(new Violation("minTicket", "roadshow.preference.minAboveMax",
                    form.minTicket().toPlainString(), form.maxTicket().toPlainString()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static void amount(List<Violation> violations, String field, BigDecimal value) {
        if (value != null && (value.signum() <= 0 || value.stripTrailingZeros().scale() > 2)) {
            violations.add(new Violation(field, "roadshow.preference.amountInvalid", value.toPlainString()));
        }
    }
}
