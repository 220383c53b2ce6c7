package cn.ipfin.valuation.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import cn.ipfin.core.identifier.PatentApplicationNumber;
import cn.ipfin.identity.Role;
import cn.ipfin.identity.UserAccountService;
import cn.ipfin.ipasset.IpAsset;
import cn.ipfin.ipasset.IpAssetData;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.ipasset.IpKind;
import cn.ipfin.ipasset.IpNumber;
import cn.ipfin.support.TestData;

/** Builds the parties, patents and draft inputs of assignment tests. */
public final class AssignmentFixtures {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 5_000_000));

    private AssignmentFixtures() {
    }

    /** Registers a valid invention patent filed in 2019 and owned by the named enterprise. */
    public static IpAsset inventionOf(IpAssetService assets, String owner) {
        String digits = "2019" + "1" + String.format("%07d", SERIAL.incrementAndGet());
        String number = digits + "." + PatentApplicationNumber.computeCheckCharacter(digits);
        IpAssetData data = new IpAssetData(IpKind.INVENTION, "一种煤矿井下人员定位方法" + digits, null, null,
                List.of(owner), List.of("张工"), null, LocalDate.of(2019, 5, 10), null, LocalDate.of(2021, 3, 2),
                List.of("E21F 17/18"), "E21F 17/18", 12, 3);
        return assets.save(new IpNumber(number, false, "CN"), data, "授权", "TEST", "test").asset();
    }

    /** Creates a second evaluator account in the organisation and returns its username. */
    public static String secondEvaluator(UserAccountService accounts, Long organizationId) {
        String username = TestData.uniqueUsername("reviewer");
        accounts.createAccount(new UserAccountService.NewAccount(username, TestData.PASSWORD, "复核评估师",
                Role.EVALUATOR, organizationId), "username", "password");
        return username;
    }

    /** Draft input for one patent: 5 years of 10 M revenue, K 3 %, tax 25 %, i 16 %, plus cost and market. */
    public static Map<String, Object> draftInput(Long assetId) {
        Map<String, Object> scores = new LinkedHashMap<>();
        for (String indicator : List.of("STABILITY", "NON_AVOIDABILITY", "DEPENDENCY", "INFRINGEMENT_DETECTABILITY",
                "LICENCE_STATUS", "ADVANCEMENT", "INDUSTRY_TREND", "COMPLEMENTARY_DEPENDENCE", "SUBSTITUTABILITY",
                "MATURITY", "MARKET_APPLICATION", "MARKET_SIZE_OUTLOOK", "MARKET_SHARE", "COMPETITION", "POLICY_FIT")) {
            scores.put(indicator, "7");
        }
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("pvdScores", Map.of(String.valueOf(assetId), scores));
        input.put("income", Map.of("annualRevenues", List.of("10000000", "10000000", "10000000", "10000000",
                "10000000"), "royaltyRate", "0.03", "taxRate", "0.25", "discountRate", "0.16",
                "source", "企业提供的 2027–2031 年销售预测"));
        input.put("cost", Map.of("replacementCost", "1200000", "remainingLifeYears", "12", "elapsedLifeYears", "8",
                "functionalObsolescence", "0.10", "economicObsolescence", "0.05", "source", "研发支出台账"));
        input.put("comparables", List.of(Map.of("description", "2025 年某矿山定位专利转让（平台成交）",
                "price", "800000", "timeFactor", "1.05", "technologyFactor", "0.95", "remainingLifeFactor", "1.10",
                "rightsTypeFactor", "1")));
        input.put("weights", Map.of("INCOME", "0.6", "COST", "0.2", "MARKET", "0.2"));
        input.put("monteCarlo", Map.of("seed", 20261204, "iterations", 2000, "inputs", Map.of(
                "REVENUE_FACTOR", Map.of("type", "TRIANGULAR", "min", "0.7", "mode", "1.0", "max", "1.2"),
                "DISCOUNT_RATE", Map.of("type", "UNIFORM", "min", "0.14", "max", "0.18"))));
        return input;
    }
}
