package cn.ipfin.credit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.ipfin.core.error.BusinessRuleException;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.InvalidInputException.Violation;
import cn.ipfin.identity.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rates enterprises with the current scorecard: ratios from the two latest years of statements, answers from
 * the bank or evaluator user. Raters need read access to the enterprise's credit data, that is a live grant.
 */
@Service
public class CreditRatingService {

    private static final Logger log = LoggerFactory.getLogger(CreditRatingService.class);

    private final CreditRatings ratings;
    private final RatingModels models;
    private final FinancialStatementService statements;
    private final CreditAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final CreditRatingCalculator calculator = new CreditRatingCalculator();

    CreditRatingService(CreditRatings ratings, RatingModels models, FinancialStatementService statements,
            CreditAccess access, ApplicationEventPublisher events, Clock clock, JdbcTemplate jdbc) {
        this.ratings = ratings;
        this.models = models;
        this.statements = statements;
        this.access = access;
        this.events = events;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /**
     * Rates the enterprise, stores the rating with every input and contribution, and publishes
     * {@link EnterpriseRated} with the grade it replaces.
     */
    @Transactional
    public CreditRating rate(Long enterpriseId, Map<RatingFactor, String> answers, CurrentUser rater) {
        access.requireRead(rater, enterpriseId);
        RatingModel model = models.current();
        rejectInvalidAnswers(model, answers);
        List<FinancialStatement> years = statements.statementsOf(enterpriseId);
        if (years.isEmpty()) {
            throw new BusinessRuleException("credit.rating.no-statements", "credit.rating.noStatements");
        }
        FinancialStatement latest = years.get(0);
        StatementFigures previous = years.size() > 1 && years.get(1).getFiscalYear() == latest.getFiscalYear() - 1
                ? years.get(1).figures() : null;
        RatingInput input = new RatingInput(FinancialRatios.of(latest.figures(), previous), answers);
        CreditRatingResult result = calculator.rate(model, input);
        String previousGrade = ratings.findByEnterpriseIdOrderByRatedAtDesc(enterpriseId).stream().findFirst()
                .map(CreditRating::getGrade).orElse(null);
        CreditRating rating = ratings.save(new CreditRating(enterpriseId, latest.getFiscalYear(), result,
                rater.username(), rater.organizationId(), clock.instant()));
        log.info("Rated organization {} as {} ({} points, model {}) in rating {}", enterpriseId, result.grade(),
                result.total(), model.version(), rating.getId());
        events.publishEvent(new EnterpriseRated(rating.getId(), enterpriseId, model.version(), result.grade(),
                previousGrade, rating.getRatedAt()));
        return rating;
    }

    /** Returns the enterprise's ratings, newest first, to a user who may read its credit data. */
    @Transactional(readOnly = true)
    public List<CreditRating> ratingsOf(Long enterpriseId, CurrentUser user) {
        access.requireRead(user, enterpriseId);
        return ratings.findByEnterpriseIdOrderByRatedAtDesc(enterpriseId);
    }

    @Transactional(readOnly = true)
    public List<CreditRating> ratingsOf(Long enterpriseId) {
        return ratings.findByEnterpriseIdOrderByRatedAtDesc(enterpriseId);
    }

    /**
     * Returns the two latest grades of each of the enterprises that has been rated, in one query and in the order
     * of {@link #ratingsOf(Long)}. Enterprises without a rating are left out of the map.
     */
    @Transactional(readOnly = true)
    public Map<Long, LatestGrades> latestGrades(Collection<Long> enterpriseIds) {
        Map<Long, LatestGrades> grades = new HashMap<>();
        jdbc.query("""
                select enterprise_id, id, grade from (
                    select enterprise_id, id, grade,
                           row_number() over (partition by enterprise_id order by rated_at desc, id desc) as position
                    from credit_rating where enterprise_id = any(?)) ranked
                where position <= 2 order by enterprise_id, position
                """, row -> {
            Long enterpriseId = row.getLong("enterprise_id");
            String grade = row.getString("grade");
            LatestGrades latest = grades.get(enterpriseId);
            if (latest == null) {
                grades.put(enterpriseId, new LatestGrades(enterpriseId, row.getLong("id"), grade, null));
            } else {
                grades.put(enterpriseId, new LatestGrades(enterpriseId, latest.latestRatingId(), latest.latestGrade(),
                        grade));
            }
        }, (Object) enterpriseIds.toArray(Long[]::new));
        return grades;
    }

    public RatingModel currentModel() {
        return models.current();
    }

    private static void rejectInvalidAnswers(RatingModel model, Map<RatingFactor, String> answers) {
        List<Violation> violations = new ArrayList<>();
        for (RatingFactor factor : RatingFactor.values()) {
            if (!factor.isQuantitative() && model.choice(factor, answers.get(factor)).isEmpty()) {
                violations.add(new Violation("answers." + factor.name(), "credit.rating.answer.invalid",
                        factor.name(), String.join("、", model.choices().getOrDefault(factor, List.of()).stream()
                                .map(RatingModel.Choice::code).toList())));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
