package cn.ipfin.credit;

/**
 * One line of an enterprise's annual financial statements (财务报表) as the platform collects it: balance sheet,
 * income statement, cash-flow statement, and the headcount and R&amp;D figures the evaluations need.
 * Amounts are in yuan; {@link #EMPLOYEES} and {@link #TECH_STAFF} are headcounts.
 */
public enum StatementItem {

    /** 流动资产合计. */
    CURRENT_ASSETS(Section.BALANCE_SHEET, true, true, false),
    /** 资产总计. */
    TOTAL_ASSETS(Section.BALANCE_SHEET, true, true, false),
    /** 流动负债合计. */
    CURRENT_LIABILITIES(Section.BALANCE_SHEET, true, true, false),
    /** 负债合计. */
    TOTAL_LIABILITIES(Section.BALANCE_SHEET, true, true, false),
    /** 所有者权益合计; negative when liabilities exceed assets. */
    OWNERS_EQUITY(Section.BALANCE_SHEET, true, false, false),
    /** 营业收入. */
    OPERATING_REVENUE(Section.INCOME_STATEMENT, true, true, false),
    /** 营业成本. */
    OPERATING_COST(Section.INCOME_STATEMENT, true, true, false),
    /** 成本费用支出总额, the denominator of the tech-SME R&amp;D-to-cost ratio. */
    TOTAL_COST_AND_EXPENSE(Section.INCOME_STATEMENT, true, true, false),
    /** 净利润. */
    NET_PROFIT(Section.INCOME_STATEMENT, true, false, false),
    /** 经营活动产生的现金流量净额. */
    OPERATING_CASH_FLOW(Section.CASH_FLOW, true, false, false),
    /** 投资活动产生的现金流量净额. */
    INVESTING_CASH_FLOW(Section.CASH_FLOW, false, false, false),
    /** 筹资活动产生的现金流量净额. */
    FINANCING_CASH_FLOW(Section.CASH_FLOW, false, false, false),
    /** 研究开发费用总额. */
    RD_EXPENSE(Section.STAFF_AND_RD, true, true, false),
    /** 职工总数, a headcount. */
    EMPLOYEES(Section.STAFF_AND_RD, true, true, true),
    /** 科技人员数, a headcount no greater than {@link #EMPLOYEES}. */
    TECH_STAFF(Section.STAFF_AND_RD, true, true, true);

    /** The statement an item belongs to. */
    public enum Section {
        BALANCE_SHEET, INCOME_STATEMENT, CASH_FLOW, STAFF_AND_RD
    }

    private final Section section;
    private final boolean required;
    private final boolean nonNegative;
    private final boolean headcount;

    StatementItem(Section section, boolean required, boolean nonNegative, boolean headcount) {
        this.section = section;
        this.required = required;
        this.nonNegative = nonNegative;
        this.headcount = headcount;
    }

    public Section section() {
        return section;
    }

    public boolean isRequired() {
        return required;
    }

    public boolean isNonNegative() {
        return nonNegative;
    }

    public boolean isHeadcount() {
        return headcount;
    }

    /** Returns the JSON property and form name, such as {@code totalAssets}. */
    public String propertyName() {
        StringBuilder name = new StringBuilder();
        for (String part : name().toLowerCase(java.util.Locale.ROOT).split("_")) {
            name.append(name.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return name.toString();
    }

    public String messageKey() {
        return "credit.statement.item." + name();
    }
}
