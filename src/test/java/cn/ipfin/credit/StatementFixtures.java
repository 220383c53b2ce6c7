package cn.ipfin.credit;

import java.util.LinkedHashMap;
import java.util.Map;

/** Statement bodies for API tests: a small enterprise whose balance sheet balances exactly. */
public final class StatementFixtures {

    private StatementFixtures() {
    }

    /** A balanced year: assets 8,000,000.00 = liabilities 3,000,000.00 + equity 5,000,000.00. */
    public static Map<String, Object> balancedYear() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("currentAssets", "5000000.00");
        body.put("totalAssets", "8000000.00");
        body.put("currentLiabilities", "2000000.00");
        body.put("totalLiabilities", "3000000.00");
        body.put("ownersEquity", "5000000.00");
        body.put("operatingRevenue", "12000000.00");
        body.put("operatingCost", "7000000.00");
        body.put("totalCostAndExpense", "10800000.00");
        body.put("netProfit", "1020000.00");
        body.put("operatingCashFlow", "900000.00");
        body.put("investingCashFlow", "-300000.00");
        body.put("rdExpense", "720000.00");
        body.put("employees", 60);
        body.put("techStaff", 18);
        return body;
    }
}
