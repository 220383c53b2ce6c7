package cn.ipfin.credit;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import cn.ipfin.identity.CurrentUser;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.ipasset.IpKind;
import cn.ipfin.ipasset.LegalStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pre-fills, runs and saves an enterprise's tech-SME self-assessment. Class-I IP counted here is valid invention
 * patents; class-II is valid utility models, designs and software copyrights, all owned by the enterprise in the
 * IP registry.
 */
@Service
public class TechSmeAssessmentService {

    private static final Logger log = LoggerFactory.getLogger(TechSmeAssessmentService.class);

    private final TechSmeAssessmentRecords records;
    private final FinancialStatementService statements;
    private final IpAssetService ipAssets;
    private final CreditAccess access;
    private final Clock clock;
    private final TechSmeAssessmentCalculator calculator = new TechSmeAssessmentCalculator(TechSmeRules.RULES_2017);

    TechSmeAssessmentService(TechSmeAssessmentRecords records, FinancialStatementService statements,
            IpAssetService ipAssets, CreditAccess access, Clock clock) {
        this.records = records;
        this.statements = statements;
        this.ipAssets = ipAssets;
        this.access = access;
        this.clock = clock;
    }

    /** Returns inputs from the latest statements and the IP registry, for the enterprise to check and adjust. */
    @Transactional(readOnly = true)
    public TechSmeAssessmentInput prefill(Long enterpriseId, CurrentUser user) {
        access.requireWrite(user, enterpriseId);
        TechSmeAssessmentInput.Builder input = TechSmeAssessmentInput.builder()
                .classOneIpCount(count(enterpriseId, IpKind.INVENTION))
                .classTwoIpCount(count(enterpriseId, IpKind.UTILITY_MODEL) + count(enterpriseId, IpKind.DESIGN)
                        + count(enterpriseId, IpKind.SOFTWARE_COPYRIGHT));
        statements.statementsOf(enterpriseId).stream().findFirst().ifPresent(latest -> input
                .employees(latest.getEmployees())
                .techStaff(latest.getTechStaff())
                .salesRevenue(latest.amount(StatementItem.OPERATING_REVENUE))
                .totalCostAndExpense(latest.amount(StatementItem.TOTAL_COST_AND_EXPENSE))
                .rdExpense(latest.amount(StatementItem.RD_EXPENSE))
                .totalAssets(latest.amount(StatementItem.TOTAL_ASSETS)));
        return input.build();
    }

    private int count(Long enterpriseId, IpKind kind) {
        return Math.toIntExact(ipAssets.countOwnedBy(enterpriseId, kind, LegalStatus.VALID));
    }

    /** Scores the confirmed inputs and saves them with the result. */
    @Transactional
    public Saved assessAndSave(Long enterpriseId, TechSmeAssessmentInput input, CurrentUser user) {
        access.requireWrite(user, enterpriseId);
        TechSmeAssessment result = calculator.assess(input);
        TechSmeAssessmentRecord record = records.save(new TechSmeAssessmentRecord(enterpriseId, input, result,
                user.username(), clock.instant()));
        log.info("Saved tech-SME assessment {} of organization {}: {} points, qualified {}", record.getId(),
                enterpriseId, result.totalScore(), result.qualified());
        return new Saved(record, result);
    }

    /** A saved record with the full result, including reasons and suggestions. */
    public record Saved(TechSmeAssessmentRecord record, TechSmeAssessment result) {
    }

    @Transactional(readOnly = true)
    public List<TechSmeAssessmentRecord> historyOf(Long enterpriseId, CurrentUser user) {
        access.requireRead(user, enterpriseId);
        return records.findByEnterpriseIdOrderByAssessedAtDesc(enterpriseId);
    }

    @Transactional(readOnly = true)
    public Optional<TechSmeAssessmentRecord> latestOf(Long enterpriseId) {
        return records.findFirstByEnterpriseIdOrderByAssessedAtDesc(enterpriseId);
    }

    /** Recomputes a saved record's full result from its stored inputs. */
    public TechSmeAssessment resultOf(TechSmeAssessmentRecord record) {
        return calculator.assess(record.input());
    }
}
