package cn.ipfin.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.ipfin.credit.CreditFileGrantService;
import cn.ipfin.credit.CreditRatingService;
import cn.ipfin.credit.FinancialStatementService;
import cn.ipfin.credit.RatingFactor;
import cn.ipfin.credit.StatementFigures;
import cn.ipfin.credit.StatementItem;
import cn.ipfin.credit.TechSmeAssessmentInput;
import cn.ipfin.credit.TechSmeAssessmentService;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.identity.UserAccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo credit data: three years of statements for each demo enterprise (balance sheets balance exactly), and
 * for 太原智煤科技有限公司 a saved tech-SME assessment, a live credit-file grant to the demo bank and a rating by it.
 * Runs once; it does nothing when the demo enterprise already has statements.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "ipfin.demo-data", havingValue = "true")
class DemoCreditData implements ApplicationRunner {

    /** Scale of one demo enterprise in its latest year; earlier years shrink by the growth rate. */
    private record Profile(String username, String revenue, String assets, String debtRatio, String growth,
            String margin, String rdShare, int employees, String techShare) {
    }

    private static final List<Profile> PROFILES = List.of(
            new Profile("enterprise", "38000000.00", "52000000.00", "0.42", "0.24", "0.11", "0.065", 180, "0.34"),
            new Profile("jinxin", "96000000.00", "150000000.00", "0.58", "0.35", "0.07", "0.08", 320, "0.28"),
            new Profile("xinneng", "45000000.00", "88000000.00", "0.66", "0.18", "0.03", "0.05", 240, "0.22"),
            new Profile("guangdian", "21000000.00", "26000000.00", "0.35", "0.12", "0.09", "0.045", 95, "0.31"),
            new Profile("nongke", "12500000.00", "19000000.00", "0.30", "0.08", "0.06", "0.035", 70, "0.18"),
            new Profile("fenshui", "27000000.00", "31000000.00", "0.48", "0.42", "-0.02", "0.12", 150, "0.45"));

    private static final Logger log = LoggerFactory.getLogger(DemoCreditData.class);

    private final UserAccountService accounts;
    private final FinancialStatementService statements;
    private final TechSmeAssessmentService assessments;
    private final CreditFileGrantService grants;
    private final CreditRatingService ratings;

    DemoCreditData(UserAccountService accounts, FinancialStatementService statements,
            TechSmeAssessmentService assessments, CreditFileGrantService grants, CreditRatingService ratings) {
        this.accounts = accounts;
        this.statements = statements;
        this.assessments = assessments;
        this.grants = grants;
        this.ratings = ratings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.usernameTaken("enterprise")) {
            return;
        }
        CurrentUser enterprise = accounts.loadUserByUsername("enterprise");
        if (!statements.statementsOf(enterprise.organizationId()).isEmpty()) {
            return;
        }
        for (Profile profile : PROFILES) {
            CurrentUser user = accounts.loadUserByUsername(profile.username());
            List<StatementFigures> years = new ArrayList<>();
            List<Integer> reportingYears = statements.reportingYears();
            for (int i = 0; i < reportingYears.size(); i++) {
                years.add(figures(profile, reportingYears.get(i), reportingYears.size() - 1 - i));
            }
            statements.saveAll(user.organizationId(), years, user, problem -> problem.item().name());
        }
        TechSmeAssessmentInput input = assessments.prefill(enterprise.organizationId(), enterprise);
        assessments.assessAndSave(enterprise.organizationId(), input, enterprise);
        CurrentUser bank = accounts.loadUserByUsername("bank");
        grants.grant(enterprise, bank.organizationId(), 90, "知识产权质押贷款授信审查");
        ratings.rate(enterprise.organizationId(), Map.of(RatingFactor.MANAGEMENT, "STRONG", RatingFactor.IP_QUALITY,
                "HIGH", RatingFactor.POLICY_FIT, "ENCOURAGED", RatingFactor.CREDIT_HISTORY, "CLEAN"), bank);
        log.info("Loaded demo statements for {} enterprises, one assessment, grant and rating", PROFILES.size());
    }

    /** Returns the figures of a year that lies {@code yearsBack} before the profile's latest year. */
    private static StatementFigures figures(Profile profile, int year, int yearsBack) {
        BigDecimal shrink = BigDecimal.ONE.add(new BigDecimal(profile.growth())).pow(yearsBack);
        BigDecimal revenue = yuan(new BigDecimal(profile.revenue()).divide(shrink, 2, RoundingMode.HALF_UP));
        BigDecimal assets = yuan(new BigDecimal(profile.assets()).divide(shrink, 2, RoundingMode.HALF_UP));
        BigDecimal liabilities = yuan(assets.multiply(new BigDecimal(profile.debtRatio())));
        BigDecimal netProfit = yuan(revenue.multiply(new BigDecimal(profile.margin())));
        int employees = profile.employees() - 6 * yearsBack;
        Map<StatementItem, BigDecimal> values = new EnumMap<>(StatementItem.class);
        values.put(StatementItem.CURRENT_ASSETS, yuan(assets.multiply(new BigDecimal("0.58"))));
        values.put(StatementItem.TOTAL_ASSETS, assets);
        values.put(StatementItem.CURRENT_LIABILITIES, yuan(liabilities.multiply(new BigDecimal("0.72"))));
        values.put(StatementItem.TOTAL_LIABILITIES, liabilities);
        values.put(StatementItem.OWNERS_EQUITY, assets.subtract(liabilities));
        values.put(StatementItem.OPERATING_REVENUE, revenue);
        values.put(StatementItem.OPERATING_COST, yuan(revenue.multiply(new BigDecimal("0.56"))));
        values.put(StatementItem.TOTAL_COST_AND_EXPENSE, revenue.subtract(netProfit).subtract(
                yuan(revenue.multiply(new BigDecimal("0.02")))));
        values.put(StatementItem.NET_PROFIT, netProfit);
        values.put(StatementItem.OPERATING_CASH_FLOW, yuan(netProfit.multiply(new BigDecimal("1.15"))
                .add(revenue.multiply(new BigDecimal("0.03")))));
        values.put(StatementItem.INVESTING_CASH_FLOW, yuan(assets.multiply(new BigDecimal("-0.06"))));
        values.put(StatementItem.FINANCING_CASH_FLOW, yuan(liabilities.multiply(new BigDecimal("0.04"))));
        values.put(StatementItem.RD_EXPENSE, yuan(revenue.multiply(new BigDecimal(profile.rdShare()))));
        values.put(StatementItem.EMPLOYEES, BigDecimal.valueOf(employees));
        values.put(StatementItem.TECH_STAFF, BigDecimal.valueOf(employees).multiply(new BigDecimal(profile.techShare()))
                .setScale(0, RoundingMode.HALF_UP));
        return new StatementFigures(year, values);
    }

    private static BigDecimal yuan(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
