package cn.ipfin.credit;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import cn.ipfin.core.error.ConflictException;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.InvalidInputException.Violation;
import cn.ipfin.identity.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores and reads enterprises' financial statements. Each save validates every year first and stores
 * nothing when any year has a problem.
 */
@Service
public class FinancialStatementService {

    /** Earliest financial year accepted. */
    public static final int FIRST_YEAR = 1990;

    private static final Logger log = LoggerFactory.getLogger(FinancialStatementService.class);

    private final FinancialStatements statements;
    private final CreditAccess access;
    private final Clock clock;
    private final FinancialStatementValidator validator = new FinancialStatementValidator();

    FinancialStatementService(FinancialStatements statements, CreditAccess access, Clock clock) {
        this.statements = statements;
        this.access = access;
        this.clock = clock;
    }

    /** Returns the enterprise's statements, latest year first, to a user allowed to read them. */
    @Transactional(readOnly = true)
    public List<FinancialStatement> statementsOf(Long organizationId, CurrentUser user) {
        access.requireRead(user, organizationId);
        return statements.findByOrganizationIdOrderByFiscalYearDesc(organizationId);
    }

    /** Returns the statements without an access check, for services that checked access themselves. */
    @Transactional(readOnly = true)
    public List<FinancialStatement> statementsOf(Long organizationId) {
        return statements.findByOrganizationIdOrderByFiscalYearDesc(organizationId);
    }

    /** Returns the three financial years an enterprise normally reports now: the last three closed years. */
    public List<Integer> reportingYears() {
        int lastClosed = LocalDate.now(clock).getYear() - 1;
        return List.of(lastClosed - 2, lastClosed - 1, lastClosed);
    }

    /**
     * Creates or replaces one year's statements.
     *
     * @param expectedVersion the version the user edited, or null to overwrite whatever is stored
     * @throws ConflictException when someone else saved the year after the user loaded it
     */
    @Transactional
    public FinancialStatement save(Long organizationId, StatementFigures figures, Long expectedVersion,
            CurrentUser user) {
        access.requireWrite(user, organizationId);
        rejectProblems(List.of(figures), problem -> problem.item().propertyName());
        FinancialStatement statement = statementFor(organizationId, figures.year());
        if (expectedVersion != null && statement.getId() != null && statement.getVersion() != expectedVersion) {
            throw new ConflictException("credit.statement.changed", "credit.statement.changed", figures.year());
        }
        return store(statement, figures, user);
    }

    /**
     * Creates or replaces several years at once; nothing is stored unless every year is valid.
     *
     * @param fieldName names the form field or spreadsheet cell of a problem
     */
    @Transactional
    public List<FinancialStatement> saveAll(Long organizationId, List<StatementFigures> years, CurrentUser user,
            Function<StatementProblem, String> fieldName) {
        access.requireWrite(user, organizationId);
        rejectProblems(years, fieldName);
        return years.stream()
                .map(figures -> store(statementFor(organizationId, figures.year()), figures, user))
                .toList();
    }

    /**
     * Stores the years of a filled-in template; nothing is stored unless every cell is valid, and each problem
     * names its cell, such as {@code D7}.
     */
    @Transactional
    public List<FinancialStatement> saveUpload(Long organizationId, InputStream file, CurrentUser user) {
        access.requireWrite(user, organizationId);
        StatementWorkbook.Content content;
        try {
            content = StatementWorkbook.read(file);
        } catch (StatementWorkbookException e) {
            throw InvalidInputException.of("file", e.messageKey());
        }
        if (content.years().isEmpty() && content.problems().isEmpty()) {
            throw InvalidInputException.of("file", "credit.statement.upload.empty");
        }
        List<Violation> violations = new ArrayList<>();
        content.problems().forEach(problem -> violations.add(new Violation(problem.cell(), problem.messageKey(),
                problem.arguments().get(0), problem.arguments().get(1),
                new DefaultMessageSourceResolvable((String) problem.arguments().get(2)))));
        Set<String> reported = new HashSet<>(violations.stream().map(Violation::field).toList());
        problemsOf(content.years(), problem -> content.cellOf(problem.year(), problem.item())).stream()
                .filter(violation -> !reported.contains(violation.field()))
                .forEach(violations::add);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return content.years().stream()
                .map(figures -> store(statementFor(organizationId, figures.year()), figures, user))
                .toList();
    }

    private FinancialStatement store(FinancialStatement statement, StatementFigures figures, CurrentUser user) {
        statement.replaceFigures(figures, user.username(), clock.instant());
        FinancialStatement saved = statements.saveAndFlush(statement);
        log.info("Saved financial statements of organization {} for {}", saved.getOrganizationId(),
                saved.getFiscalYear());
        return saved;
    }

    private FinancialStatement statementFor(Long organizationId, int year) {
        Optional<FinancialStatement> existing = statements.findByOrganizationIdAndFiscalYear(organizationId, year);
        return existing.orElseGet(() -> new FinancialStatement(organizationId, year));
    }

    private void rejectProblems(List<StatementFigures> years, Function<StatementProblem, String> fieldName) {
        List<Violation> violations = problemsOf(years, fieldName);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** Returns every problem of the given years without storing anything. */
    public List<Violation> check(List<StatementFigures> years, Function<StatementProblem, String> fieldName) {
        return problemsOf(years, fieldName);
    }

    private List<Violation> problemsOf(List<StatementFigures> years, Function<StatementProblem, String> fieldName) {
        int currentYear = LocalDate.now(clock).getYear();
        List<Violation> violations = new ArrayList<>();
        for (StatementFigures figures : years) {
            if (figures.year() < FIRST_YEAR || figures.year() > currentYear) {
                violations.add(new Violation("year", "credit.statement.year.invalid", String.valueOf(figures.year()),
                        String.valueOf(FIRST_YEAR), String.valueOf(currentYear)));
                continue;
            }
            validator.validate(figures).forEach(problem -> violations.add(toViolation(problem, fieldName)));
        }
        return violations;
    }

    private static Violation toViolation(StatementProblem problem, Function<StatementProblem, String> fieldName) {
        List<Object> arguments = new ArrayList<>();
        arguments.add(String.valueOf(problem.year()));
        arguments.add(new DefaultMessageSourceResolvable(problem.item().messageKey()));
        arguments.addAll(problem.details());
        return new Violation(fieldName.apply(problem), problem.messageKey(), arguments.toArray());
    }
}
