package cn.ipfin.credit;

import java.util.Objects;

import cn.ipfin.core.money.Money;

/**
 * Size limits, pass mark and scoring tables of the tech-SME evaluation (科技型中小企业评价).
 *
 * @param maxEmployees    largest eligible headcount (职工总数), inclusive
 * @param maxSalesRevenue largest eligible annual sales revenue (年销售收入) in yuan, inclusive
 * @param maxTotalAssets  largest eligible total assets (资产总额) in yuan, inclusive
 * @param passScore       lowest total score that qualifies
 * @param techStaff       table for tech staff / employees (科技人员占比)
 * @param rdToSales       table for R&amp;D expense / sales revenue (研发费用占销售收入比例)
 * @param rdToCost        table for R&amp;D expense / total cost and expense (研发费用占成本费用支出比例)
 * @param classOneIp      band for one or more class-I IP items (Ⅰ类知识产权), which overrides class II
 * @param classTwoIp      table for the count of class-II IP items (Ⅱ类知识产权)
 */
public record TechSmeRules(int maxEmployees, Money maxSalesRevenue, Money maxTotalAssets, int passScore,
        ScoreTable techStaff, ScoreTable rdToSales, ScoreTable rdToCost, ScoreBand classOneIp,
        ScoreTable classTwoIp) {

    /**
     * The tables of the 2017 evaluation rules (科技型中小企业评价办法): at most 500 staff, 200 M yuan sales and
     * 200 M yuan assets, and a pass mark of 60 points.
     *
     * <p>TODO: policy numbers belong in dated configuration. Load rule sets by effective date once the policy
     * tables exist, and keep this preset as the seed.
     */
    public static final TechSmeRules RULES_2017 = new TechSmeRules(500,
            Money.of("200000000.00"), Money.of("200000000.00"), 60,
            ScoreTable.of(ScoreBand.of("A", "0.30", 20), ScoreBand.of("B", "0.25", 16),
                    ScoreBand.of("C", "0.20", 12), ScoreBand.of("D", "0.15", 8),
                    ScoreBand.of("E", "0.10", 4), ScoreBand.of("F", "0", 0)),
            ScoreTable.of(ScoreBand.of("A", "0.06", 50), ScoreBand.of("B", "0.05", 40),
                    ScoreBand.of("C", "0.04", 30), ScoreBand.of("D", "0.03", 20),
                    ScoreBand.of("E", "0.02", 10), ScoreBand.of("F", "0", 0)),
            ScoreTable.of(ScoreBand.of("A", "0.30", 50), ScoreBand.of("B", "0.25", 40),
                    ScoreBand.of("C", "0.20", 30), ScoreBand.of("D", "0.15", 20),
                    ScoreBand.of("E", "0.10", 10), ScoreBand.of("F", "0", 0)),
            ScoreBand.of("A", "1", 30),
            ScoreTable.of(ScoreBand.of("B", "4", 24), ScoreBand.of("C", "3", 18),
                    ScoreBand.of("D", "2", 12), ScoreBand.of("E", "1", 6), ScoreBand.of("F", "0", 0)));

    public TechSmeRules {
        Objects.requireNonNull(maxSalesRevenue, "maxSalesRevenue must not be null");
        Objects.requireNonNull(maxTotalAssets, "maxTotalAssets must not be null");
        Objects.requireNonNull(techStaff, "techStaff must not be null");
        Objects.requireNonNull(rdToSales, "rdToSales must not be null");
        Objects.requireNonNull(rdToCost, "rdToCost must not be null");
        Objects.requireNonNull(classOneIp, "classOneIp must not be null");
        Objects.requireNonNull(classTwoIp, "classTwoIp must not be null");
    }
}
